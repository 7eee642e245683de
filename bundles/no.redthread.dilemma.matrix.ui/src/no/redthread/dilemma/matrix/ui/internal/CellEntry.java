package no.redthread.dilemma.matrix.ui.internal;

import java.util.OptionalInt;

/**
 * Typing a score: a digit 0..3 is the score, '-' then a digit its negative ('+' is accepted and ignored). Any other
 * key forgets a pending minus.
 */
final class CellEntry {

    private boolean minus;

    /** The score the key completes, if it completes one. */
    OptionalInt type(char key) {
        if (key == '-' || key == '\u2212') {
            minus = true;
            return OptionalInt.empty();
        }
        boolean negative = minus;
        minus = false;
        if (key >= '0' && key <= '3') {
            int value = key - '0';
            return OptionalInt.of(negative ? -value : value);
        }
        return OptionalInt.empty();
    }

    boolean pendingMinus() {
        return minus;
    }

    void reset() {
        minus = false;
    }
}
