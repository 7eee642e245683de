package no.redthread.assessment.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.demo.DemoPlanSystem;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.settings.UserProfile;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.StandalonePartSite;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The demo workspace in a new folder, the real services and a shell for the assessment views under test. */
final class ViewsFixture implements AutoCloseable {

    final BundleContext context = FrameworkUtil.getBundle(AssessmentEditorPart.class).getBundleContext();
    final WorkspaceService workspaces = service(WorkspaceService.class);
    final SelectionService selection = service(SelectionService.class);
    final AssessmentService assessments = service(AssessmentService.class);
    final FormTemplateCatalog catalog = service(FormTemplateCatalog.class);
    final UserProfile users = service(UserProfile.class);
    final Names names = new Names(service(CatalogueService.class));
    final Workspace workspace;
    final Plan samfunnsdel;
    final Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
    final Shell shell = new Shell(display);

    ViewsFixture(Path folder) throws Exception {
        workspace = workspaces.create(folder.resolve("roros"), service(DemoPlanSystem.class).create());
        samfunnsdel = workspace.planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == PlanKind.SAMFUNNSDEL).findFirst().orElseThrow();
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
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

    /** Runs the UI events the widgets queued (e.g. the views' refresh after a command). */
    void flush() {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** A part site over the real selection service, its listeners removed with the shell. */
    PartSite site(String id) {
        return new StandalonePartSite(id, shell, selection);
    }

    @Override
    public void close() {
        shell.dispose();
        workspaces.close();
    }
}
