package no.redthread.core.catalogue;

/** What happened to a municipality number at one official change (SSB KLASS 131). */
public enum MunicipalityChangeKind {
    /** A new number for the same municipality (county reforms of 2018, 2020 and 2024). */
    RENUMBERED,
    /**
     * The municipality became part of a merger. The surviving part of a merger is also listed with this kind, with
     * the same old and new number.
     */
    MERGED,
    /** Part of the municipality went to the new number; a split has one change per new municipality. */
    SPLIT,
    /** A new official name under the same number (often an added Sami or Kven form). */
    NAME_CHANGED
}
