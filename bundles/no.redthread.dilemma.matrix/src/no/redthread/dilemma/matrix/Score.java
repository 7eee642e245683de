package no.redthread.dilemma.matrix;

/**
 * One participant's score of how progress on the row item affects progress on the column item, on Nilsson's scale
 * (−3 cancelling … +3 indivisible), with the participant's written reason (empty when none was given).
 */
public record Score(int value, String reason) {

    public static final int MIN = -3;
    public static final int MAX = 3;

    public Score {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("score " + value + " is outside " + MIN + "…" + MAX);
        }
        reason = reason == null ? "" : reason;
    }
}
