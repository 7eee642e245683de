package no.redthread.indicators.analysis;

/**
 * Which municipalities a municipality is compared with.
 *
 * @since 1.1
 */
public enum PeerGroup {
    /** Every municipality with data. */
    ALL,
    /** The municipalities of its county. */
    COUNTY,
    /** The municipalities of its KOSTRA group (needs the groups in the workspace). */
    KOSTRA_GROUP
}
