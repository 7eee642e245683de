package no.redthread.workbench.ui.internal.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.workbench.SelectionService;
import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workbench.ui.internal.Contributions;
import no.redthread.workbench.ui.internal.WorkbenchServices;

/** Opens real workbench windows on one Display, with the real services of the test framework. */
final class WorkbenchFixture {

    private static Display display;

    final BundleContext context = FrameworkUtil.getBundle(WorkbenchWindow.class).getBundleContext();
    final List<String> dialogTitles = new ArrayList<>();
    /** Where each closed dialog was, as its centre's offset from the window's centre. */
    final List<Point> dialogOffsets = new ArrayList<>();
    private final List<WorkbenchWindow> windows = new ArrayList<>();

    static synchronized Display display() {
        if (display == null) {
            display = new Display();
        }
        return display;
    }

    <S> S service(Class<S> type) {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(10_000);
            if (service == null) {
                throw new AssertionError("no " + type.getName() + " service");
            }
            return service;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /** Empties the settings folder so every test starts from defaults. */
    void clearSettings() throws IOException {
        Path folder = service(SettingsStore.class).folder();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> p.toFile().delete());
            }
        }
        service(SettingsStore.class).takeProblems();
    }

    WorkbenchWindow open() {
        WorkbenchServices services = new WorkbenchServices(context, service(Contributions.class), service(SettingsStore.class),
                service(SelectionService.class), service(LoggerFactory.class).getLogger("workbench-test"));
        WorkbenchWindow window = new WorkbenchWindow(new Shell(display(), SWT.SHELL_TRIM), services);
        window.open();
        windows.add(window);
        closeDialogsOf(window);
        pump();
        return window;
    }

    void closeAll() {
        windows.forEach(WorkbenchWindow::close);
        windows.clear();
        pump();
    }

    Bundle bundle(String symbolicName) {
        return Stream.of(context.getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** Runs the event loop until the condition holds; fails after 10 s. */
    void waitUntil(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display().readAndDispatch()) {
                display().timerExec(20, () -> { });
                display().sleep();
            }
        }
    }

    void pump() {
        while (display().readAndDispatch()) {
            // run what is queued
        }
    }

    static List<String> texts(Control control) {
        List<String> texts = new ArrayList<>();
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Text text) {
            texts.add(text.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                texts.addAll(texts(child));
            }
        }
        return texts;
    }

    static Point centreOffset(Shell dialog, Shell window) {
        Rectangle d = dialog.getBounds();
        Rectangle w = window.getBounds();
        return new Point(d.x + d.width / 2 - (w.x + w.width / 2), d.y + d.height / 2 - (w.y + w.height / 2));
    }

    static boolean containsErrorPanel(Control control) {
        if (control.getData(ErrorPanel.MARKER) != null) {
            return true;
        }
        return control instanceof Composite composite
                && Stream.of(composite.getChildren()).anyMatch(WorkbenchFixture::containsErrorPanel);
    }

    /** Closes (and records) any dialog that opens over the window, so modal dialogs do not block a test. */
    private void closeDialogsOf(WorkbenchWindow window) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (window.shell().isDisposed()) {
                return;
            }
            for (Shell shell : display().getShells()) {
                if (shell != window.shell() && shell.getParent() == window.shell() && shell.isVisible()) {
                    dialogTitles.add(shell.getText() + ": " + String.join(" ", texts(shell)));
                    dialogOffsets.add(centreOffset(shell, window.shell()));
                    shell.close();
                }
            }
            display().timerExec(50, check[0]);
        };
        display().timerExec(50, check[0]);
    }
}
