package no.redthread.indicators.internal.imports;

import no.redthread.indicators.imports.ImportCancelledException;
import no.redthread.indicators.imports.ImportMonitor;

/**
 * Asks an {@link ImportMonitor} every {@value #INTERVAL} steps of a loop: often enough that a cancel stops a
 * million-cell import at once, rarely enough that the question costs nothing (a monitor may be a volatile read or a
 * call across threads).
 */
public final class CancelCheck {

    /** Steps between two questions; a power of two so the test is a mask. */
    static final int INTERVAL = 4096;

    private final ImportMonitor monitor;
    private final String origin;
    private int steps;

    public CancelCheck(ImportMonitor monitor, String origin) {
        this.monitor = monitor == null ? ImportMonitor.NONE : monitor;
        this.origin = origin;
    }

    /** Counts a step; true when the caller should {@link #check} now (so the position text is built only then). */
    public boolean due() {
        return (++steps & (INTERVAL - 1)) == 0;
    }

    /**
     * Reports progress and stops the work if the monitor was cancelled.
     *
     * @param position where the work is, for the exception's message
     * @param fraction how far the work has got, 0 to 1
     */
    public void check(String position, double fraction) throws ImportCancelledException {
        if (monitor.isCanceled()) {
            throw new ImportCancelledException(origin, position);
        }
        monitor.progress(Math.max(0, Math.min(1, fraction)));
    }
}
