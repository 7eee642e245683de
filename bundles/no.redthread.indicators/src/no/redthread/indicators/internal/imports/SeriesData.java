package no.redthread.indicators.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import no.redthread.indicators.Periods;
import no.redthread.indicators.model.Series;

/**
 * The parallel arrays of a series: periods in ascending order, values (NaN where missing) and status markers
 * (null when there are none).
 */
record SeriesData(String[] periods, double[] values, String[] statuses) {

    static SeriesData of(Series series) {
        String[] periods = series.getPeriods() == null ? new String[0] : series.getPeriods();
        double[] values = series.getValues() == null ? new double[0] : series.getValues();
        return new SeriesData(periods, values, series.getStatuses());
    }

    /** The union of both series' periods; where both have a period, this (the newer) one wins. */
    SeriesData mergedOver(SeriesData older) {
        TreeMap<String, Integer> union = new TreeMap<>(Periods::compare);
        for (int i = 0; i < older.periods.length; i++) {
            union.put(older.periods[i], -1 - i);
        }
        for (int i = 0; i < periods.length; i++) {
            union.put(periods[i], i);
        }
        List<String> merged = new ArrayList<>(union.keySet());
        double[] mergedValues = new double[merged.size()];
        String[] mergedStatuses = statuses == null && older.statuses == null ? null : new String[merged.size()];
        int at = 0;
        for (int source : union.values()) {
            SeriesData from = source >= 0 ? this : older;
            int index = source >= 0 ? source : -1 - source;
            mergedValues[at] = from.values[index];
            if (mergedStatuses != null && from.statuses != null) {
                mergedStatuses[at] = from.statuses[index];
            }
            at++;
        }
        return new SeriesData(merged.toArray(String[]::new), mergedValues, mergedStatuses);
    }
}
