package no.redthread.journeys.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The journey thread's window onto the UI thread: reads widget state through {@code syncExec},
 * waits for conditions by polling with a timeout (never a bare sleep), and takes screenshots of
 * what is on screen.
 */
public final class Ui {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final Display display;
    private final Path out;

    Ui(Display display, Path out) {
        this.display = display;
        this.out = out;
    }

    public Display display() {
        return display;
    }

    /** Runs on the UI thread and returns its result; exceptions there are rethrown here. */
    public <T> T sync(Supplier<T> reader) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(reader.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    public void run(Runnable action) {
        sync(() -> {
            action.run();
            return null;
        });
    }

    /** Polls (on the UI thread) until the reader gives a non-null, non-false value; fails after the timeout. */
    public <T> T waitFor(String what, Supplier<T> reader) {
        return waitFor(what, TIMEOUT, reader);
    }

    /** As {@link #waitFor(String, Supplier)}, telling in the failure what {@code seen} reads then. */
    public <T> T waitFor(String what, Supplier<T> reader, Supplier<String> seen) {
        try {
            return waitFor(what, TIMEOUT, reader);
        } catch (JourneyFailure e) {
            throw new JourneyFailure(e.getMessage() + "; saw " + sync(seen), e);
        }
    }

    public <T> T waitFor(String what, Duration timeout, Supplier<T> reader) {
        long end = System.nanoTime() + timeout.toNanos();
        T value = null;
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                value = sync(reader);
                last = null;
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            pause(100);
        }
        throw new JourneyFailure("waited " + timeout.toSeconds() + " s for " + what
                + (last != null ? " (" + last + ")" : ""), last);
    }

    /** Waits until two successive readings agree and returns them, e.g. a list that is still filling. */
    public <T> T settled(Supplier<T> reader) {
        T before = sync(reader);
        for (int i = 0; i < 50; i++) {
            pause(150);
            T now = sync(reader);
            if (Objects.equals(before, now)) {
                return now;
            }
            before = now;
        }
        return before;
    }

    /** Lets queued events be handled: waits until a runnable posted behind them has run. */
    public void idle() {
        display.syncExec(() -> { });
        pause(50);
        display.syncExec(() -> { });
    }

    /** A PNG of the screen area of the active shell (dialogs included when they are in front). */
    public Path screenshot(String name) {
        Path file = out.resolve(name + ".png");
        run(() -> {
            Shell shell = display.getActiveShell() != null ? display.getActiveShell() : Find.mainShell(display);
            Rectangle area = shell == null ? display.getBounds() : union(shell);
            Image image = new Image(display, area.width, area.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, area.x, area.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
                Files.createDirectories(out);
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } catch (java.io.IOException e) {
                throw new JourneyFailure("could not write " + file + ": " + e.getMessage(), e);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        return file;
    }

    /** The main window's area, grown to take in a dialog that sticks out of it. */
    private Rectangle union(Shell shell) {
        Shell main = Find.mainShell(display);
        Rectangle area = main == null ? shell.getBounds() : main.getBounds().union(shell.getBounds());
        return area.intersection(display.getBounds());
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted");
        }
    }
}
