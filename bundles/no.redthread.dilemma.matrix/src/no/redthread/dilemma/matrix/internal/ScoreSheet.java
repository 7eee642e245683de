package no.redthread.dilemma.matrix.internal;

import java.util.Arrays;
import java.util.Optional;

import no.redthread.dilemma.matrix.Score;

/** One participant's scores, cell = row · n + column: a byte per cell (compact for 169 × 169) and the reasons. */
public final class ScoreSheet {

    private static final byte UNSCORED = Byte.MIN_VALUE;

    private final byte[] values;
    private final String[] reasons;

    public ScoreSheet(int n) {
        this(new byte[n * n], new String[n * n]);
        Arrays.fill(values, UNSCORED);
    }

    private ScoreSheet(byte[] values, String[] reasons) {
        this.values = values;
        this.reasons = reasons;
    }

    public void set(int cell, Score score) {
        values[cell] = (byte) score.value();
        reasons[cell] = score.reason();
    }

    public boolean scored(int cell) {
        return values[cell] != UNSCORED;
    }

    /** The value of a scored cell. */
    public int value(int cell) {
        return values[cell];
    }

    public Optional<Score> score(int cell) {
        return scored(cell) ? Optional.of(new Score(values[cell], reasons[cell])) : Optional.empty();
    }

    public ScoreSheet copy() {
        return new ScoreSheet(values.clone(), reasons.clone());
    }
}
