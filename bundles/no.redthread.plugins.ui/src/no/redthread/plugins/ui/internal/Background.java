package no.redthread.plugins.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

/**
 * Runs a step that reads a repository or writes plugins/ on a thread of its own, so the window stays live while a
 * jar is fetched and verified; its result or failure comes back on the UI thread. One step at a time: the view is
 * busy until it ends.
 */
final class Background {

    /** Work that may fail with the installer's checked exceptions. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final Display display;
    private final Consumer<Boolean> busy;
    private boolean running;

    Background(Display display, Consumer<Boolean> busy) {
        this.display = display;
        this.busy = busy;
    }

    boolean running() {
        return running;
    }

    /** Starts the work unless a step is running; {@code done} or {@code failed} is called on the UI thread. */
    <T> void run(Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        if (running) {
            return;
        }
        running = true;
        busy.accept(true);
        Thread thread = new Thread(() -> {
            try {
                T result = work.run();
                finish(() -> done.accept(result));
            } catch (Exception e) {
                finish(() -> failed.accept(e));
            }
        }, "Redthread plugin repository");
        thread.setDaemon(true);
        thread.start();
    }

    private void finish(Runnable report) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                running = false;
                busy.accept(false);
                report.run();
            });
        }
    }
}
