package no.redthread.funding;

/**
 * The dimensions a search can be narrowed by. Values are the catalogue's own codes: dimension and theme ids, SDG
 * goal numbers as text, {@link ApplicantType#code()}, owner names, {@link DeadlineWindow#code()} and
 * {@link AmountBand#code()}.
 */
public enum Facet {
    DIMENSION, THEME, SDG, APPLICANT, OWNER, DEADLINE_WINDOW, AMOUNT_BAND
}
