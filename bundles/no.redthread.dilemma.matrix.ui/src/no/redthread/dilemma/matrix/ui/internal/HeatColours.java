package no.redthread.dilemma.matrix.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * A diverging scale for Nilsson scores: red for −3 through white at 0 to blue for +3, in half steps (a group median
 * may be 1.5). Colour-blind safe ends (ColorBrewer RdBu). The colours are created once; they need no disposal.
 */
final class HeatColours {

    static final RGB NEGATIVE = new RGB(178, 24, 43);
    static final RGB POSITIVE = new RGB(33, 102, 172);
    static final RGB NEUTRAL = new RGB(247, 247, 247);

    private final Color[] steps = new Color[13];

    HeatColours() {
        for (int step = 0; step < steps.length; step++) {
            steps[step] = new Color(rgb((step - 6) / 2.0));
        }
    }

    /** The colour of a score from −3 to +3, rounded to a half step. */
    Color of(double score) {
        int step = (int) Math.round(Math.max(-3, Math.min(3, score)) * 2) + 6;
        return steps[step];
    }

    static RGB rgb(double score) {
        double t = Math.min(1, Math.abs(score) / 3);
        RGB end = score < 0 ? NEGATIVE : POSITIVE;
        return new RGB(mix(NEUTRAL.red, end.red, t), mix(NEUTRAL.green, end.green, t), mix(NEUTRAL.blue, end.blue, t));
    }

    /** Black text on light cells, white on dark ones. */
    static boolean dark(double score) {
        return Math.abs(score) >= 2;
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
