package no.redthread.indicators.internal.imports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.internal.Texts;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.Series;

/**
 * Collects the cells of an import by indicator and organisation, then builds the result: one new series for each,
 * merged with the series the indicator already has for that organisation. Reads the model, never changes it.
 */
final class SeriesCollector {

    private final String origin;
    private final String updated;
    private final String[] periods;
    private final Map<Indicator, Map<String, SeriesAccumulator>> cells = new LinkedHashMap<>();
    private int values;
    private int marked;
    private int skipped;

    /**
     * @param periods every period of the import in ascending order, interned; shared by the new series
     */
    SeriesCollector(String origin, String updated, String[] periods) {
        this.origin = origin;
        this.updated = updated;
        this.periods = periods;
    }

    /** The accumulator of one series, created on first use. */
    SeriesAccumulator series(Indicator indicator, String organisation) {
        return cells.computeIfAbsent(indicator, i -> new LinkedHashMap<>())
                .computeIfAbsent(organisation, o -> new SeriesAccumulator(periods.length));
    }

    /** Counts a cell that was set, for the result's figures. */
    void count(double value) {
        if (Double.isNaN(value)) {
            marked++;
        } else {
            values++;
        }
    }

    /** Counts a cell skipped because its region cannot be placed. */
    void skip() {
        skipped++;
    }

    /** Builds the plan: the new series, merged with the ones they replace; {@code cancel} is asked per series. */
    ImportResult build(CancelCheck cancel) throws ImportException {
        ImportPlan plan = new ImportPlan(origin, values, marked, skipped);
        int total = cells.values().stream().mapToInt(Map::size).sum();
        int done = 0;
        for (Map.Entry<Indicator, Map<String, SeriesAccumulator>> byIndicator : cells.entrySet()) {
            Indicator indicator = byIndicator.getKey();
            Map<String, Series> existing = new HashMap<>();
            indicator.getSeries().forEach(series -> existing.putIfAbsent(series.getOrganisation(), series));
            for (Map.Entry<String, SeriesAccumulator> byOrganisation : byIndicator.getValue().entrySet()) {
                String organisation = byOrganisation.getKey();
                if (cancel.due()) {
                    cancel.check(Texts.get("import.position.series", String.valueOf(done), String.valueOf(total)),
                            0.9 + 0.1 * done / total);
                }
                done++;
                SeriesData data = byOrganisation.getValue().toData(periods);
                Series old = existing.get(organisation);
                if (old != null) {
                    data = data.mergedOver(SeriesData.of(old));
                }
                plan.put(indicator, old, newSeries(organisation, data));
            }
        }
        return plan;
    }

    private Series newSeries(String organisation, SeriesData data) {
        Series series = IndicatorsFactory.eINSTANCE.createSeries();
        series.setOrganisation(organisation);
        series.setPeriods(data.periods());
        series.setValues(data.values());
        series.setStatuses(data.statuses());
        series.setOrigin(origin);
        series.setUpdated(updated);
        return series;
    }
}
