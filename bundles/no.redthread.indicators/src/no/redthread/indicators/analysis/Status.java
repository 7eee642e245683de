package no.redthread.indicators.analysis;

/** How an indicator stands for an organisation, judged from its target (if any), trend and desired direction. */
public enum Status {
    /** On track to the target, or improving when there is no target. */
    GOOD,
    /** Behind the target but moving towards it, or stable when there is no target. */
    WATCH,
    /** Moving away from the target or standing still, or worsening when there is no target. */
    POOR,
    /** No data, too little data, or an indicator without desired direction and target. */
    UNKNOWN
}
