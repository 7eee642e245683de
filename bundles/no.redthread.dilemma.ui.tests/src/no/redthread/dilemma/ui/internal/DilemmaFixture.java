package no.redthread.dilemma.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.StandalonePartSite;

/** The running scenario library and catalogue in bokmål, and a real 1280×800 shell under Xvfb. */
final class DilemmaFixture implements AutoCloseable {

    static final String FOSEN = "fosen-vindkraft-reindrift";

    final ScenarioLibrary library;
    final CatalogueNames names;
    final SelectionService selection;
    final DilemmaSession session = new DilemmaSession();
    final Display display;
    final Shell shell;
    private final Locale locale = Locale.getDefault();

    DilemmaFixture() throws InterruptedException {
        Locale.setDefault(Locale.of("nb", "NO"));
        library = service(ScenarioLibrary.class);
        names = new CatalogueNames(service(CatalogueService.class));
        selection = service(SelectionService.class);
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
    }

    Scenario fosen() {
        return library.scenario(FOSEN).orElseThrow();
    }

    PartSite site(String id) {
        return new StandalonePartSite(id, shell, selection);
    }

    @Override
    public void close() {
        shell.dispose();
        Locale.setDefault(locale);
    }

    /** Runs the event loop until the condition holds (at most 10 s). */
    void waitUntil(String what, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the loop
                });
                display.sleep();
            }
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(DilemmaFixture.class).getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getName());
        return service;
    }
}
