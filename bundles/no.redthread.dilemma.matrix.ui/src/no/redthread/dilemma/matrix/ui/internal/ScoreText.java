package no.redthread.dilemma.matrix.ui.internal;

/** A score as the matrix shows it: "+2", "−1" with a real minus sign, a half step of a median as "1,5". */
final class ScoreText {

    private ScoreText() {
    }

    static String format(double score) {
        String sign = score > 0 ? "+" : score < 0 ? "\u2212" : "";
        double magnitude = Math.abs(score);
        String digits = magnitude == Math.rint(magnitude) ? Integer.toString((int) magnitude)
                : String.format(java.util.Locale.ROOT, "%.1f", magnitude).replace('.', ',');
        return sign + digits;
    }
}
