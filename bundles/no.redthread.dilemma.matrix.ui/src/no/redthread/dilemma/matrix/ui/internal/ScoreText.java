package no.redthread.dilemma.matrix.ui.internal;

/** A score as the matrix shows it: "+2", "−1" with a real minus sign, a half step of a median as "+1½". */
final class ScoreText {

    private ScoreText() {
    }

    static String format(double score) {
        String sign = score > 0 ? "+" : score < 0 ? "\u2212" : "";
        double magnitude = Math.abs(score);
        int whole = (int) magnitude;
        String digits = magnitude == whole ? Integer.toString(whole) : (whole == 0 ? "" : Integer.toString(whole)) + "\u00bd";
        return sign + digits;
    }
}
