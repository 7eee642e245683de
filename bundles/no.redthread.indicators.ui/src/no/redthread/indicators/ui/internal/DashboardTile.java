package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;

import no.redthread.indicators.analysis.Assessment;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.analysis.Observation;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;
import no.redthread.workspace.Workspace;

/**
 * One tile of the dashboard: an indicator assessed for an organisation, under one group (a theme id or an SDG key,
 * see {@link DashboardGrouping}), with the latest values of that organisation's series for the sparkline. No SWT.
 *
 * @param recent the last (at most {@link #SPARKLINE_VALUES}) observations with a value, oldest first
 */
record DashboardTile(String group, Indicator indicator, Assessment assessment, List<Observation> recent) {

    /** How many of the latest values a sparkline shows. */
    static final int SPARKLINE_VALUES = 10;

    DashboardTile {
        recent = List.copyOf(recent);
    }

    /**
     * A tile per group of every indicator of the workspace that has data. The organisation is the workspace's when
     * the indicator has its series, else that of the indicator's first series.
     */
    static List<DashboardTile> of(Workspace workspace, DashboardGrouping grouping) {
        List<DashboardTile> result = new ArrayList<>();
        String own = IndicatorModel.organisation(workspace);
        for (Indicator indicator : IndicatorModel.indicators(workspace)) {
            if (indicator.getSeries().isEmpty()) {
                continue;
            }
            Series series = own == null ? indicator.getSeries().get(0)
                    : IndicatorAnalysis.series(indicator, own).orElse(indicator.getSeries().get(0));
            Assessment assessment = IndicatorAnalysis.assess(indicator, series.getOrganisation());
            List<Observation> recent = recent(series, SPARKLINE_VALUES);
            for (String group : grouping.groupsOf(indicator)) {
                result.add(new DashboardTile(group, indicator, assessment, recent));
            }
        }
        return result;
    }

    /** The last {@code count} observations of a series that have a value (periods with a marker only are skipped). */
    static List<Observation> recent(Series series, int count) {
        List<Observation> values = IndicatorAnalysis.observations(series).stream().filter(Observation::hasValue).toList();
        return values.subList(Math.max(0, values.size() - count), values.size());
    }
}
