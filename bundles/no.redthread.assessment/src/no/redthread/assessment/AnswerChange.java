package no.redthread.assessment;

/**
 * How the answer to one question changed between two assessments of the same plan.
 *
 * @param questionId the question
 * @param themeId the theme the question stands under (in the current template, else the previous one)
 * @param previousOptionId the option before; empty if there was no answer
 * @param currentOptionId the option now; empty if there is no answer
 * @param kind the kind of change
 */
public record AnswerChange(String questionId, String themeId, String previousOptionId, String currentOptionId,
        Kind kind) {

    /** The kinds of change; unchanged answers are not reported. */
    public enum Kind {
        /** The score rose, e.g. from "delvis ivaretatt" to "ivaretatt". */
        IMPROVED,
        /** The score fell. */
        WORSENED,
        /** Another option with the same score, or from or to an option without score (e.g. "ikke relevant"). */
        CHANGED,
        /** Answered now, not before (no answer or "ikke vurdert"). */
        ANSWERED,
        /** Answered before, not now. */
        UNANSWERED
    }
}
