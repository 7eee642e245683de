package no.redthread.assessment;

/**
 * Something that keeps an assessment from being completed, or that its reader should know.
 *
 * @param questionId the question concerned
 * @param kind what is wrong
 * @param message a description in English
 */
public record AnswerIssue(String questionId, Kind kind, String message) {

    /** The kinds of issue. */
    public enum Kind {
        /** The question has no answer at all (completing needs one, "ikke vurdert" is one). */
        UNANSWERED,
        /** The chosen option needs a justification and none is given. */
        MISSING_JUSTIFICATION,
        /** The chosen option is not on the question's scale (e.g. after a template upgrade). */
        UNKNOWN_OPTION,
        /** The question is no longer in the template; the answer is kept as an orphaned answer. */
        ORPHANED
    }
}
