package no.redthread.dilemma.ui.internal;

import java.util.function.LongSupplier;

/**
 * The facilitator's stopwatch in presentation mode: starts, stops (keeping what has run) and resets. The clock is
 * given in milliseconds so tests can move time themselves. No SWT here.
 */
final class FacilitatorTimer {

    private final LongSupplier clockMillis;
    private long banked;
    private long startedAt = -1;

    FacilitatorTimer(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    boolean isRunning() {
        return startedAt >= 0;
    }

    /** Starts a stopped timer, stops a running one. */
    void toggle() {
        if (isRunning()) {
            banked = elapsedMillis();
            startedAt = -1;
        } else {
            startedAt = clockMillis.getAsLong();
        }
    }

    /** Back to 00:00; a running timer keeps running from zero. */
    void reset() {
        banked = 0;
        if (isRunning()) {
            startedAt = clockMillis.getAsLong();
        }
    }

    long elapsedMillis() {
        return banked + (isRunning() ? clockMillis.getAsLong() - startedAt : 0);
    }

    /** The time as the room reads it: mm:ss, minutes going past 59 rather than wrapping into hours. */
    String display() {
        long seconds = elapsedMillis() / 1000;
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
