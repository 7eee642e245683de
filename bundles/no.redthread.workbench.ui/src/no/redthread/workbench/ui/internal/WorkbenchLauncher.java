package no.redthread.workbench.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import no.redthread.workbench.SelectionService;
import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workbench.ui.internal.window.WorkbenchWindow;

/**
 * Opens the workbench window on its own UI thread (GTK does not need the main thread) unless the
 * framework runs headless ({@code redthread.headless=true}). Closing the window stops the
 * framework; a failure before the window shows ends the JVM with status 1 and the reason on stderr.
 */
@Component(immediate = true)
public final class WorkbenchLauncher {

    static final String HEADLESS = "redthread.headless";
    /** Printed to stdout when the window's first frame is painted; the smoke test and the benchmark wait for it. */
    static final String SHOWN_MARKER = "Redthread: window shown";
    private static final int MODULES_AT_THE_LATEST_MS = 3000;

    private final BundleContext context;
    private final WorkbenchServices services;
    private final ModuleStart moduleStart;
    private Thread uiThread;
    private volatile Display display;
    private volatile boolean deactivating;
    private final CountDownLatch localeSet = new CountDownLatch(1);

    @Activate
    public WorkbenchLauncher(BundleContext context, @Reference Contributions contributions, @Reference SettingsStore settings,
            @Reference SelectionService selection, @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.services = new WorkbenchServices(context, contributions, settings, selection, logger);
        this.moduleStart = new ModuleStart(context);
        boolean headless = Boolean.parseBoolean(context.getProperty(HEADLESS));
        if (!headless) {
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
        }
    }

    private void runUi() {
        AtomicBoolean shown = new AtomicBoolean();
        try {
            display = new Display();
            Display.setAppName("Redthread");
            localeSet.await(); // the window's texts are in the user's language
            WorkbenchWindow window = new WorkbenchWindow(display, services);
            window.open(() -> {
                shown.set(true);
                System.out.println(SHOWN_MARKER + " (" + sinceJvmStart() + " ms after JVM start)");
                window.windowShown();
                moduleStart.enter();
            });
            // A window that is never painted (started minimised) must not keep the modules from starting.
            display.timerExec(MODULES_AT_THE_LATEST_MS, moduleStart::enter);
            while (!window.shell().isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } catch (Throwable e) {
            services.logger().error("The workbench window failed", e);
            if (!shown.get()) {
                System.err.println("Redthread could not open its window: " + e);
                e.printStackTrace();
                new Thread(() -> System.exit(1), "Redthread exit").start();
                return;
            }
        } finally {
            if (display != null && !display.isDisposed()) {
                display.dispose();
            }
        }
        if (!deactivating) {
            stopFramework();
        }
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

    private static long sinceJvmStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }
}
