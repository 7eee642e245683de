package no.redthread.indicators.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;

import no.redthread.indicators.imports.ImportMonitor;

/** Lets the headless readers and importers ask a JFace progress monitor whether to stop, and move its bar. */
final class ProgressMonitors {

    /** The units a task is split into; readers and importers report fractions, the bar wants whole units. */
    static final int UNITS = 1000;

    private ProgressMonitors() {
    }

    /**
     * An ImportMonitor over a progress monitor whose task was begun with {@link #UNITS} units. Called from the
     * wizard's worker thread; JFace's forked monitors pass the calls on to the UI thread themselves.
     */
    static ImportMonitor of(IProgressMonitor monitor) {
        return new ImportMonitor() {
            private int done;

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }

            @Override
            public void progress(double fraction) {
                int now = (int) (fraction * UNITS);
                if (now > done) {
                    monitor.worked(now - done);
                    done = now;
                }
            }
        };
    }
}
