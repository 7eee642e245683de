package no.redthread.plugins.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Runs a step that reads a repository or writes plugins/ on a thread of its own, so the window stays live while a
 * jar is fetched and verified; its result or failure comes back on the UI thread. The view is busy (its buttons
 * off, so installs never overlap) until every step has ended; a repository chosen while another is read is read
 * at once, and the view keeps only the answer for the chosen one.
 */
final class Background {

    /** Work that may fail with the installer's checked exceptions. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final Display display;
    private final Consumer<Boolean> busy;
    private int running;

    Background(Display display, Consumer<Boolean> busy) {
        this.display = display;
        this.busy = busy;
    }

    boolean running() {
        return running > 0;
    }

    /** Starts the work; {@code done} or {@code failed} is called on the UI thread. */
    <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        running++;
        busy.accept(true);
        Thread thread = new Thread(() -> {
            try {
                T result = work.run();
                finish(() -> done.accept(result));
            } catch (Exception | LinkageError e) {
                // a class the bundle cannot load must not leave the view busy for good
                finish(() -> failed.accept(e));
            }
        }, "Redthread plugin repository");
        thread.setDaemon(true);
        thread.start();
    }

    private void finish(Runnable report) {
        try {
            display.asyncExec(() -> {
                running--;
                busy.accept(running > 0);
                report.run();
            });
        } catch (SWTException e) {
            // the window closed while the step ran: nobody is left to tell
        }
    }
}
