package no.redthread.indicators.analysis;

/**
 * The linear trend (least squares) of the last values of a series.
 *
 * @param points how many values it is computed from
 * @param from the first period used, or null
 * @param to the last period used, or null
 * @param slopePerYear the change per year in the indicator's unit; NaN with fewer than two values
 * @param relativeSlope the change per year as a share of the mean of the values (0.02 is 2 % a year); NaN if the
 *        mean is 0 or there are fewer than two values
 * @param direction whether the trend goes the desired way
 */
public record Trend(int points, String from, String to, double slopePerYear, double relativeSlope,
        TrendDirection direction) {

    static Trend none(int points) {
        return new Trend(points, null, null, Double.NaN, Double.NaN, TrendDirection.UNKNOWN);
    }
}
