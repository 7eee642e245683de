package no.redthread.dilemma.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The facilitator's timer on a clock the test moves. */
class FacilitatorTimerTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final FacilitatorTimer timer = new FacilitatorTimer(now::get);

    @Test
    void runsOnlyWhileStartedAndKeepsWhatRanAcrossAStop() {
        assertEquals("00:00", timer.display());
        now.addAndGet(5_000);
        assertEquals("00:00", timer.display(), "a stopped timer does not count");
        timer.toggle();
        assertTrue(timer.isRunning());
        now.addAndGet(65_400);
        assertEquals("01:05", timer.display());
        timer.toggle();
        assertFalse(timer.isRunning());
        now.addAndGet(30_000);
        assertEquals("01:05", timer.display(), "stopped: the time stands");
        timer.toggle();
        now.addAndGet(10_000);
        assertEquals("01:15", timer.display(), "started again: it counts on from where it stood");
    }

    @Test
    void resetGoesBackToZeroAndARunningTimerRunsOn() {
        timer.toggle();
        now.addAndGet(42_000);
        timer.reset();
        assertEquals("00:00", timer.display());
        assertTrue(timer.isRunning());
        now.addAndGet(3_000);
        assertEquals("00:03", timer.display());
        timer.toggle();
        timer.reset();
        assertEquals(0, timer.elapsedMillis());
        assertFalse(timer.isRunning());
    }

    @Test
    void minutesGoPastAnHourRatherThanWrapping() {
        timer.toggle();
        now.addAndGet((61 * 60 + 9) * 1000L);
        assertEquals("61:09", timer.display());
    }
}
