package no.redthread.chains.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.chains.ChainLibrary;
import no.redthread.chains.ChainStep;
import no.redthread.chains.ChainSteps;
import no.redthread.demo.DemoPlanSystem;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.StandalonePartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * The demo workspace (Røros) through the real {@link WorkspaceService}, with its samfunnsdel assessed (the first four
 * questions not fulfilled, so it has weak themes), in bokmål, the running step services and the parts made by their
 * real descriptors in a shell under Xvfb.
 */
final class ChainsFixture implements AutoCloseable {

    final BundleContext context = FrameworkUtil.getBundle(ChainsFixture.class).getBundleContext();
    final WorkspaceService workspaces;
    final SelectionService selection;
    final ChainSteps steps;
    final ChainLibrary library;
    final Workspace workspace;
    final Display display;
    final Shell shell;
    private final Locale locale = Locale.getDefault();
    private final List<ServiceRegistration<ChainStep>> registrations = new ArrayList<>();

    ChainsFixture(Path folder) throws Exception {
        Locale.setDefault(Locale.of("nb", "NO"));
        workspaces = service(WorkspaceService.class);
        selection = service(SelectionService.class);
        steps = service(ChainSteps.class);
        library = service(ChainLibrary.class);
        workspace = workspaces.create(folder.resolve("roros"), service(DemoPlanSystem.class).create());
        assess();
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
        shell.open();
    }

    private void assess() throws InterruptedException {
        AssessmentService assessments = service(AssessmentService.class);
        FormTemplate template = service(FormTemplateCatalog.class).latest("redthread-samfunnsdel").orElseThrow();
        Plan plan = workspace.planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == PlanKind.SAMFUNNSDEL).findFirst().orElseThrow();
        Assessment assessment = assessments.create(template, plan, "Kari Planlegger");
        List<PlacedQuestion> questions = template.questions();
        for (int i = 0; i < questions.size(); i++) {
            assessments.answer(assessment, questions.get(i).question().id(), i < 4 ? "ikke-ivaretatt" : "ivaretatt",
                    i < 4 ? "Mangler." : null, "Kari Planlegger");
        }
        ((AssessmentSet) workspace.moduleRoot("assessment").orElseThrow()).getAssessments().add(assessment);
    }

    /** Registers steps as services until the fixture closes. */
    void register(ChainStep... added) {
        for (ChainStep step : added) {
            registrations.add(context.registerService(ChainStep.class, step, null));
        }
    }

    ChainEditorPart editor() throws Exception {
        return (ChainEditorPart) part(EditorDescriptor.ID);
    }

    ResultsPart results() throws Exception {
        return (ResultsPart) part(ResultsDescriptor.ID);
    }

    private WorkbenchPart part(String id) throws Exception {
        ServiceTracker<PartDescriptor, PartDescriptor> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + PartDescriptor.class.getName() + ")(redthread.part.id=" + id + "))"),
                null);
        tracker.open();
        PartDescriptor descriptor = tracker.waitForService(10_000);
        assertNotNull(descriptor, id);
        Composite holder = new Composite(shell, 0);
        holder.setLayout(new FillLayout());
        WorkbenchPart part = descriptor.createPart(new StandalonePartSite(id, shell, selection));
        part.createControl(holder);
        shell.layout(true, true);
        return part;
    }

    /** Runs the event loop until the condition holds (at most 20 s). */
    void waitUntil(String what, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 20_000;
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

    String stepName(String id) {
        return steps.step(id).orElseThrow().name(Locale.getDefault());
    }

    @Override
    public void close() {
        registrations.forEach(ServiceRegistration::unregister);
        shell.dispose();
        workspaces.close();
        Locale.setDefault(locale);
    }

    <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getName());
        return service;
    }
}
