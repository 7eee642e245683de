package no.redthread.dilemma.sessions.ui.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.demo.DemoPlanSystem;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.dilemma.report.SessionReports;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.UndoContext;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The demo workspace in a new folder, the real services, a shell with the session part and a clock the test sets. */
final class SessionFixture implements AutoCloseable {

    final BundleContext context = FrameworkUtil.getBundle(SessionPart.class).getBundleContext();
    final WorkspaceService workspaces = service(WorkspaceService.class);
    final SelectionService selection = service(SelectionService.class);
    final UndoContext undo = service(UndoContext.class);
    final ChosenSession chosen = service(ChosenSession.class);
    final ScenarioLibrary scenarios = service(ScenarioLibrary.class);
    final ChosenScenario chosenScenario = service(ChosenScenario.class);
    final CatalogueService catalogue = service(CatalogueService.class);
    final AtomicLong millis = new AtomicLong(1_000_000);
    /** What the export's save dialog answers: the test's file, or nothing (cancelled). */
    final AtomicReference<SessionExport.Target> exportTarget = new AtomicReference<>();
    final AtomicReference<String> suggestedName = new AtomicReference<>();
    final Workspace workspace;
    final Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
    final Shell shell = new Shell(display);
    final SessionPart part;

    SessionFixture(Path folder) throws Exception {
        workspace = workspaces.create(folder.resolve("roros"), service(DemoPlanSystem.class).create());
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        part = new SessionPart(workspaces, chosen, chosenScenario, new FindingSources(catalogue, Optional::empty),
                millis::get, new SessionExport(service(SessionReports.class), (shell, name) -> {
                    suggestedName.set(name);
                    return Optional.ofNullable(exportTarget.get());
                }));
        part.createControl(shell);
        shell.open();
        flush();
    }

    <S> S service(Class<S> type) {
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
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /** Runs the UI events the widgets queued (the part's refresh after a command). */
    void flush() {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    @Override
    public void close() {
        chosen.choose(null);
        shell.dispose();
        workspaces.close();
    }
}
