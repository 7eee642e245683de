package no.redthread.indicators.analysis;

import no.redthread.indicators.Periods;

/**
 * One value of a series.
 *
 * @param period the period code, e.g. 2024
 * @param time the period on a time axis in years (see {@link Periods#time})
 * @param value the value; NaN if the period has only a status marker
 * @param status the status marker, or null
 */
public record Observation(String period, double time, double value, String status) {

    /** The calendar year of the period. */
    public int year() {
        return Periods.year(period);
    }

    public boolean hasValue() {
        return !Double.isNaN(value);
    }
}
