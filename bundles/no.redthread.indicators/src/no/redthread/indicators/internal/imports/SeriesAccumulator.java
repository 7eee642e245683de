package no.redthread.indicators.internal.imports;

import java.util.Arrays;

/** The cells of one new series, by position in the import's sorted period array. */
final class SeriesAccumulator {

    private final double[] values;
    private final boolean[] filled;
    private String[] statuses;
    private int count;

    SeriesAccumulator(int periods) {
        values = new double[periods];
        Arrays.fill(values, Double.NaN);
        filled = new boolean[periods];
    }

    /** Sets a cell; false if the cell was set before (a second value for the same period). */
    boolean set(int period, double value, String status) {
        if (filled[period]) {
            return false;
        }
        filled[period] = true;
        count++;
        values[period] = value;
        if (status != null) {
            if (statuses == null) {
                statuses = new String[values.length];
            }
            statuses[period] = status;
        }
        return true;
    }

    /** The filled cells as parallel arrays; shares {@code periods} when every period is filled. */
    SeriesData toData(String[] periods) {
        if (count == periods.length) {
            return new SeriesData(periods, values, statuses);
        }
        String[] somePeriods = new String[count];
        double[] someValues = new double[count];
        String[] someStatuses = statuses == null ? null : new String[count];
        for (int from = 0, to = 0; from < periods.length; from++) {
            if (filled[from]) {
                somePeriods[to] = periods[from];
                someValues[to] = values[from];
                if (someStatuses != null) {
                    someStatuses[to] = statuses[from];
                }
                to++;
            }
        }
        return new SeriesData(somePeriods, someValues, someStatuses);
    }
}
