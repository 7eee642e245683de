package no.redthread.launcher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The workbench's window, opened on the UI thread before the framework starts: a shell with the product's title
 * and a line saying it is starting, where the saved settings put it. The workbench fills it once it has started; until then this thread runs
 * the event loop, and closing the window stops the product.
 */
final class EarlyWindow {

    static final String SHOWN_MARKER = "Redthread: early window shown";
    static final String ADOPTED = "redthread.window.adopted";

    private final CompletableFuture<Shell> shell = new CompletableFuture<>();
    private volatile Runnable closedEarly = () -> { };
    private volatile Display display;

    static EarlyWindow open() {
        EarlyWindow window = new EarlyWindow();
        Thread ui = new Thread(window::run, "Redthread UI");
        ui.start();
        return window;
    }

    /** The opened shell; waits for it. */
    Shell shell() {
        try {
            return shell.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The window could not open", e.getCause());
        }
    }

    /** What to do when the user closes the window before the workbench has taken it over. */
    void whenClosedEarly(Runnable action) {
        closedEarly = action;
    }

    void dispose() {
        Display opened = display;
        try {
            if (opened != null && !opened.isDisposed()) {
                opened.syncExec(opened::dispose);
            }
        } catch (SWTException alreadyDisposed) {
            // the workbench's own shutdown got there first
        }
    }

    private void run() {
        try {
            Display.setAppName("Redthread");
            display = new Display();
            SavedWindow saved = SavedWindow.read();
            Shell opened = new Shell(display, SWT.SHELL_TRIM);
            opened.setText(saved.title());
            opened.setLayout(new GridLayout());
            Label starting = new Label(opened, SWT.CENTER);
            starting.setText(saved.startingText());
            starting.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
            Rectangle screen = display.getPrimaryMonitor().getClientArea();
            opened.setBounds(saved.boundsOn(screen));
            opened.setMaximized(saved.maximized());
            opened.addListener(SWT.Close, event -> {
                if (opened.getData(ADOPTED) == null) {
                    closedEarly.run();
                }
            });
            opened.open();
            while (display.readAndDispatch()) {
                // paint the first frame, as the benchmark's bare SWT shell does
            }
            System.out.println(SHOWN_MARKER);
            shell.complete(opened);
        } catch (Throwable e) {
            shell.completeExceptionally(e);
            System.err.println("Redthread could not open its window: " + e);
            System.exit(1);
            return;
        }
        while (!display.isDisposed()) {
            try {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                // A failing runnable of some module must not end the event loop, and with it the window.
                System.err.println("Redthread: an event of the window failed: " + e);
                e.printStackTrace();
            }
        }
    }
}
