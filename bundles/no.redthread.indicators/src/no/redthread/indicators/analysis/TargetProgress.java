package no.redthread.indicators.analysis;

/**
 * Progress from a baseline to a target, e.g. from 2015 to 2030.
 *
 * @param baselineYear the year progress is measured from
 * @param baselineValue the value in the baseline year
 * @param targetYear the year the target is to be reached
 * @param targetValue the target value
 * @param latest the latest observation with a value
 * @param shareOfTimeElapsed how much of the time from baseline to target year has passed at the latest
 *        observation, from 0 to 1
 * @param shareDone how much of the way from baseline to target value is done (1 = reached; negative = moved
 *        away from the target)
 * @param expectedNow the value a steady path from baseline to target would have at the latest observation
 * @param distanceToTarget the target value minus the latest value
 * @param reached true if the latest value is at or beyond the target
 * @param onTrack true if reached, or at least as far along the way as along the time
 */
public record TargetProgress(int baselineYear, double baselineValue, int targetYear, double targetValue,
        Observation latest, double shareOfTimeElapsed, double shareDone, double expectedNow, double distanceToTarget,
        boolean reached, boolean onTrack) {
}
