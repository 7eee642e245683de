package no.redthread.indicators.analysis;

/** Whether a trend goes the desired way. */
public enum TrendDirection {
    IMPROVING,
    /** Changes less than {@link IndicatorAnalysis#STABLE_CHANGE} of the mean a year. */
    STABLE,
    WORSENING,
    /** Fewer than two values, or an indicator without desired direction. */
    UNKNOWN
}
