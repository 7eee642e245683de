package no.redthread.assessment.template;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What an answer option means for the summary, whatever its label. Every option of an {@link AnswerScale} has one.
 *
 * <p>The score of a meaning is how well the theme is taken care of (1 fully, 0 not at all); not relevant and not
 * assessed have no score and leave a theme's score alone. Its default direction is +1, 0 or -1; an option may set
 * another direction (see {@link AnswerOption#direction()}).
 */
public enum AnswerMeaning {
    /** Taken care of (ivaretatt), or a positive effect. */
    FULFILLED("fulfilled", 1.0, 1),
    /** Answered, no notable effect either way (ingen vesentlig virkning). Not a gap. */
    NEUTRAL("neutral", 1.0, 0),
    /** Partly taken care of (delvis ivaretatt), or an uncertain effect. A gap, reported with its justification. */
    PARTLY("partly", 0.5, 0),
    /** Not taken care of (ikke ivaretatt), or a negative effect. A gap. */
    NOT_FULFILLED("not-fulfilled", 0.0, -1),
    /** Not relevant for this plan or case (ikke relevant). Counts as answered. */
    NOT_RELEVANT("not-relevant", Double.NaN, 0),
    /** Not assessed (ikke vurdert). Counts as unanswered. */
    NOT_ASSESSED("not-assessed", Double.NaN, 0);

    private final String key;
    private final double score;
    private final int defaultDirection;

    AnswerMeaning(String key, double score, int defaultDirection) {
        this.key = key;
        this.score = score;
        this.defaultDirection = defaultDirection;
    }

    /** The key used in template files, e.g. {@code "not-fulfilled"}. */
    public String key() {
        return key;
    }

    /** 1 for fulfilled and neutral, 0.5 for partly, 0 for not fulfilled; empty for not relevant and not assessed. */
    public OptionalDouble score() {
        return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /** The direction an option with this meaning has unless it sets its own: +1, 0 or -1. */
    public int defaultDirection() {
        return defaultDirection;
    }

    /** Whether an answer with this meaning counts as answered for completion (all but not assessed). */
    public boolean countsAsAnswered() {
        return this != NOT_ASSESSED;
    }

    /** Whether an answer with this meaning is a gap: not fulfilled, or partly. */
    public boolean isGap() {
        return this == NOT_FULFILLED || this == PARTLY;
    }

    /** The meaning with the given template-file key. */
    public static Optional<AnswerMeaning> fromKey(String key) {
        return Arrays.stream(values()).filter(meaning -> meaning.key.equals(key)).findFirst();
    }
}
