package no.redthread.planning.ui.internal.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.demo.DemoPlanSystem;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.StandalonePartSite;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * The planning views as the product runs them: workspaces created and opened by the real
 * WorkspaceService (no hand-made resource set or editing domain), the real selection service, a
 * real SWT shell, and the UI language the test asks for.
 */
final class ProductPath implements AutoCloseable {

    final WorkspaceService workspaces = service(WorkspaceService.class);
    final SelectionService selection = service(SelectionService.class);
    final Shell shell;
    /** Status-line messages the parts showed, in order. */
    final List<String> status = new ArrayList<>();
    private final Locale original = Locale.getDefault();

    ProductPath(String languageTag) {
        Locale.setDefault(Locale.forLanguageTag(languageTag));
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1200, 800);
    }

    Workspace createDemo(Path folder) throws Exception {
        return workspaces.create(folder, service(DemoPlanSystem.class).create());
    }

    Workspace createFor(Path folder, String municipalityNumber) throws Exception {
        CatalogueService catalogue = service(CatalogueService.class);
        return workspaces.createFor(folder, catalogue.municipality(municipalityNumber).orElseThrow());
    }

    /** A site that publishes to the real selection service and records what goes to the status line. */
    PartSite site(String partId) {
        return new StandalonePartSite(partId, shell, selection, status::add);
    }

    /** Runs the event loop until the condition holds (views follow the workspace asynchronously), at most 10 s. */
    boolean spinUntil(BooleanSupplier condition) {
        Display display = shell.getDisplay();
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                sleep(10);
            }
        }
        return true;
    }

    /** Lets queued events and asynchronous updates run for a moment. */
    void spin(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!shell.getDisplay().readAndDispatch()) {
                sleep(5);
            }
        }
    }

    static TreeItem find(TreeItem[] items, Object data) {
        for (TreeItem item : items) {
            if (item.getData() == data) {
                return item;
            }
            TreeItem found = find(item.getItems(), data);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    public void close() {
        shell.dispose();
        workspaces.close();
        Locale.setDefault(original);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static <S> S service(Class<S> type) {
        BundleContext context = FrameworkUtil.getBundle(ProductPath.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S found = tracker.waitForService(10_000);
            if (found == null) {
                throw new AssertionError("no " + type.getName());
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + type.getName(), e);
        } finally {
            tracker.close();
        }
    }
}
