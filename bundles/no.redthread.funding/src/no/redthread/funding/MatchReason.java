package no.redthread.funding;

/**
 * One reason a scheme matched, e.g. a shared theme or SDG target, the organisation's kind being allowed to apply,
 * or a deadline still ahead.
 *
 * @param kind what kind of reason
 * @param value the catalogue code it is about: a theme id, a target code, an {@link ApplicantType#code()} or an
 *        ISO date
 * @param text the reason in the user's language, e.g. "tema: Klimatilpasning"
 */
public record MatchReason(Kind kind, String value, String text) {

    public enum Kind {
        THEME, SDG_TARGET, SDG_GOAL, APPLICANT, DEADLINE
    }
}
