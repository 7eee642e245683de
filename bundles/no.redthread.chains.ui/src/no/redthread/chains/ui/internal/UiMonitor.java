package no.redthread.chains.ui.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import no.redthread.chains.ProgressMonitor;

/** The run's progress on the bar and the status line, from the run's thread through {@code asyncExec}. */
final class UiMonitor implements ProgressMonitor {

    private final Display display;
    private final ProgressBar bar;
    private final Label status;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();

    UiMonitor(ProgressBar bar, Label status) {
        this.display = bar.getDisplay();
        this.bar = bar;
        this.status = status;
    }

    @Override
    public void task(String name, int work) {
        ui(() -> status.setText(Messages.get("run.task", name)));
    }

    @Override
    public void worked(int work) {
        int now = done.addAndGet(work);
        ui(() -> bar.setSelection(now));
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }

    private void ui(Runnable update) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!bar.isDisposed()) {
                    update.run();
                }
            });
        }
    }
}
