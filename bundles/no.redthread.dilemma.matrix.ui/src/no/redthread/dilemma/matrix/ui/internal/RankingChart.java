package no.redthread.dilemma.matrix.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import no.redthread.dilemma.matrix.ItemFigures;

/**
 * SEI's ranking as lying bars, strongest at the top: each item's net influence and its second-order influence side
 * by side (their sum is the total the ranking sorts by). Not stacked: SWTChart refuses negative values in a stacked
 * series, and a hindering item's influence is negative. Only the first {@link #SHOWN} items: beyond that the names no
 * longer fit.
 */
final class RankingChart {

    static final int SHOWN = 20;

    private final Chart chart;
    private final Color net = new Color(HeatColours.POSITIVE);
    private final Color secondOrder = new Color(146, 197, 222);

    RankingChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.setOrientation(SWT.VERTICAL);
        chart.getLegend().setPosition(SWT.BOTTOM);
        ChartStyle.titles(chart, Messages.get("analysis.ranking"), "", Messages.get("analysis.influence"));
        chart.getAxisSet().getXAxis(0).setReversed(true);
        ChartStyle.wholeNumbers(chart, chart.getAxisSet().getYAxis(0), true); // bars lie: the value axis is across
    }

    Chart chart() {
        return chart;
    }

    void show(List<ItemFigures> ranking) {
        ChartStyle.clear(chart);
        List<ItemFigures> shown = ranking.subList(0, Math.min(SHOWN, ranking.size()));
        IAxis categories = chart.getAxisSet().getXAxis(0);
        categories.setCategorySeries(shown.isEmpty() ? new String[] { "" }
                : shown.stream().map(ItemFigures::id).toArray(String[]::new));
        categories.enableCategory(true);
        if (!shown.isEmpty()) {
            bars("net", Messages.get("analysis.net"), shown.stream().mapToDouble(ItemFigures::net).toArray(), net);
            bars("secondOrder", Messages.get("analysis.secondOrder"),
                    shown.stream().mapToDouble(ItemFigures::secondOrder).toArray(), secondOrder);
        }
        chart.getAxisSet().adjustRange();
        IAxis values = chart.getAxisSet().getYAxis(0);
        Range range = values.getRange();
        double margin = Math.max(1, range.upper - range.lower) * 0.05; // the longest bar should not touch the edge
        values.setRange(new Range(range.lower - margin, range.upper + margin));
        ChartStyle.wholeSteps(chart, values, true);
        chart.redraw();
    }

    private void bars(String id, String name, double[] values, Color colour) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        bars.setDescription(name);
        bars.setYSeries(values);
        bars.setBarColor(colour);
    }
}
