package no.redthread.workbench.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import no.redthread.workbench.SelectionService;
import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workbench.ui.internal.window.WorkbenchWindow;

/**
 * Opens the workbench window unless the framework runs headless ({@code redthread.headless=true}): in the window the
 * product's launcher opened before the framework started (a {@code Supplier} of its shell registered as
 * {@code redthread.window=early}), else on a UI thread of its own (GTK does not need the main thread). Closing the
 * window stops the framework; a failure before the window shows ends the JVM with status 1 and the reason on stderr.
 */
@Component(immediate = true)
public final class WorkbenchLauncher {

    static final String HEADLESS = "redthread.headless";
    /** Printed to stdout when the window's first frame is painted; the smoke test and the benchmark wait for it. */
    static final String SHOWN_MARKER = "Redthread: window shown";
    private static final int MODULES_AT_THE_LATEST_MS = 3000;
    /** Set on the launcher's window once the workbench has it, so closing it is the workbench's business. */
    private static final String ADOPTED = "redthread.window.adopted";

    private final BundleContext context;
    private final WorkbenchServices services;
    private final ModuleStart moduleStart;
    private Thread uiThread;
    private volatile Display display;
    private volatile boolean deactivating;
    private final CountDownLatch localeSet = new CountDownLatch(1);
    private final CountDownLatch windowClosed = new CountDownLatch(1);

    @Activate
    public WorkbenchLauncher(BundleContext context, @Reference Contributions contributions, @Reference SettingsStore settings,
            @Reference SelectionService selection, @Reference(service = LoggerFactory.class) Logger logger,
            @Reference(service = Supplier.class, target = "(redthread.window=early)",
                    cardinality = ReferenceCardinality.OPTIONAL) Supplier<?> earlyWindow) {
        this.context = context;
        this.services = new WorkbenchServices(context, contributions, settings, selection, logger);
        this.moduleStart = new ModuleStart(context);
        boolean headless = Boolean.parseBoolean(context.getProperty(HEADLESS));
        if (!headless && earlyWindow != null) {
            Shell early = (Shell) earlyWindow.get();
            display = early.getDisplay();
            display.asyncExec(() -> adopt(early));
        } else if (!headless) {
            // GTK's start-up and the first reading of the settings (JSON binding's first use) overlap.
            uiThread = new Thread(this::runUi, "Redthread UI");
            uiThread.start();
        }
        try {
            // Console commands speak the user's language too, with or without a window.
            Locale.setDefault(UiPreferences.load(settings).locale());
        } finally {
            localeSet.countDown();
        }
        if (headless) {
            moduleStart.enter();
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        deactivating = true;
        Display current = display;
        if (current != null && !current.isDisposed()) {
            current.asyncExec(() -> {
                for (var shell : current.getShells()) {
                    if (!shell.isDisposed()) {
                        shell.close();
                    }
                }
            });
        }
        if (uiThread != null && uiThread != Thread.currentThread()) {
            uiThread.join(Duration.ofSeconds(10));
        } else if (current != null && current.getThread() != Thread.currentThread()) {
            windowClosed.await(10, TimeUnit.SECONDS);
        }
    }

    /** Fills the launcher's window; its thread runs the event loop and disposes the display at the end. */
    private void adopt(Shell early) {
        // A restarted workbench bundle finds the first window closed: it opens a new one on the same display.
        Shell shell = early.isDisposed() ? new Shell(display, SWT.SHELL_TRIM) : early;
        shell.setData(ADOPTED, Boolean.TRUE);
        for (Control waiting : shell.getChildren()) {
            waiting.dispose(); // the launcher's line saying the product is starting
        }
        shell.addDisposeListener(event -> {
            windowClosed.countDown();
            if (!deactivating) {
                stopFramework();
            }
        });
        try {
            openWindow(shell, new AtomicBoolean());
        } catch (Throwable e) {
            failed(e);
        }
    }

    private void runUi() {
        AtomicBoolean shown = new AtomicBoolean();
        try {
            display = new Display();
            Display.setAppName("Redthread");
            WorkbenchWindow window = openWindow(new Shell(display, SWT.SHELL_TRIM), shown);
            while (!window.shell().isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } catch (Throwable e) {
            if (!shown.get()) {
                failed(e);
                return;
            }
            services.logger().error("The workbench window failed", e);
        } finally {
            if (display != null && !display.isDisposed()) {
                display.dispose();
            }
        }
        if (!deactivating) {
            stopFramework();
        }
    }

    private WorkbenchWindow openWindow(Shell shell, AtomicBoolean shown) throws InterruptedException {
        localeSet.await(); // the window's texts are in the user's language
        WorkbenchWindow window = new WorkbenchWindow(shell, services);
        window.open(() -> {
            shown.set(true);
            Instant firstFrame = Instant.now();
            System.out.println(SHOWN_MARKER + (shell.getData(ADOPTED) != null ? " (in the launcher's window)" : ""));
            window.windowShown();
            moduleStart.enter();
            // Reading the process's start time costs 15-30 ms, which the marker above does not wait for.
            CompletableFuture.runAsync(() -> System.out.println(
                    "Redthread: first frame " + millisSinceJvmStart(firstFrame) + " ms after JVM start"));
        });
        // A window that is never painted (started minimised) must not keep the modules from starting.
        shell.getDisplay().timerExec(MODULES_AT_THE_LATEST_MS, moduleStart::enter);
        return window;
    }

    private void failed(Throwable e) {
        services.logger().error("The workbench window failed", e);
        System.err.println("Redthread could not open its window: " + e);
        e.printStackTrace();
        new Thread(() -> System.exit(1), "Redthread exit").start();
    }

    private void stopFramework() {
        new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (BundleException | IllegalStateException e) {
                System.err.println("Redthread: could not stop the framework: " + e);
                System.exit(1);
            }
        }, "Redthread shutdown").start();
    }

    private static long millisSinceJvmStart(Instant moment) {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, moment).toMillis()).orElse(-1L);
    }
}
