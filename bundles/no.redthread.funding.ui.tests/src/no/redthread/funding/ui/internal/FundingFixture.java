package no.redthread.funding.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.demo.DemoPlanSystem;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.SchemeSearch;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.StandalonePartSite;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * The demo workspace (Røros) in bokmål with a real shell under Xvfb, the running services (the real catalogue of 53
 * schemes, the Lucene search, the matcher, the applications) and part sites as the workbench gives them.
 */
final class FundingFixture implements AutoCloseable {

    final BundleContext context = FrameworkUtil.getBundle(FundingFixture.class).getBundleContext();
    final WorkspaceService workspaces;
    final SelectionService selection;
    final CatalogueService catalogue;
    final FundingCatalog catalog;
    final Workspace workspace;
    final Display display;
    final Shell shell;
    private final Locale locale = Locale.getDefault();

    FundingFixture(Path folder) throws Exception {
        Locale.setDefault(Locale.of("nb", "NO"));
        workspaces = service(WorkspaceService.class);
        selection = service(SelectionService.class);
        catalogue = service(CatalogueService.class);
        catalog = service(FundingCatalog.class);
        service(SchemeSearch.class); // the Lucene search of no.redthread.funding.search
        workspace = workspaces.create(folder.resolve("roros"), service(DemoPlanSystem.class).create());
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
    }

    @Override
    public void close() {
        shell.dispose();
        workspaces.close();
        Locale.setDefault(locale);
    }

    /** A session of its own over the running search, so no test sees another's text, ticks or match. */
    FundingSession session() throws InterruptedException {
        return new FundingSession(service(SchemeSearch.class));
    }

    FacetLabels labels() {
        return new FacetLabels(catalogue);
    }

    PartSite site(String id) {
        return new StandalonePartSite(id, shell, selection);
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

    void flush() {
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // run queued asyncExecs
            }
        }
    }

    <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getName());
        return service;
    }
}
