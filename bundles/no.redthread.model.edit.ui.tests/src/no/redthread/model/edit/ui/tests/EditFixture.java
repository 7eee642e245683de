package no.redthread.model.edit.ui.tests;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.provider.PlanItemProviderAdapterFactory;

/**
 * A plan system in a resource of a real editing domain (composed plan + reflective item providers, a basic
 * command stack), and a shell to put widgets in; bokmål unless told otherwise.
 */
final class EditFixture implements AutoCloseable {

    static final PlanFactory PLAN = PlanFactory.eINSTANCE;

    private final Locale original = Locale.getDefault();
    final ComposedAdapterFactory factory;
    final AdapterFactoryEditingDomain domain;
    final PlanSystem system;
    final Plan plan;
    final Shell shell;

    EditFixture() {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        factory = new ComposedAdapterFactory(List.of(new PlanItemProviderAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory()));
        domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        system = PLAN.createPlanSystem();
        system.setId("plan-system-1");
        system.setName("Bergen kommune");
        Organisation bergen = PLAN.createOrganisation();
        bergen.setNumber("4601");
        bergen.setName("Bergen");
        system.setOrganisation(bergen);
        plan = plan("plan-1", "Kommuneplanens samfunnsdel", PlanKind.SAMFUNNSDEL);
        plan.getGoals().add(goal("goal-1", "Bedre folkehelse"));
        plan.getGoals().add(goal("goal-2", "Trygge lokalsamfunn"));
        Measure measure = PLAN.createMeasure();
        measure.setId("measure-1");
        measure.setName("Trygge skoleveier");
        measure.setCostPerYear(250_000);
        plan.getMeasures().add(measure);
        system.getPlans().add(plan);
        system.getPlans().add(plan("plan-2", "Kommuneplanens arealdel", PlanKind.AREALDEL));
        Resource resource = new ResourceImpl(URI.createURI("memory:/plansystem.json"));
        resource.getContents().add(system);
        domain.getResourceSet().getResources().add(resource);
        shell = new Shell(display());
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
    }

    static Display display() {
        return Display.getDefault();
    }

    static Goal goal(String id, String name) {
        Goal goal = PLAN.createGoal();
        goal.setId(id);
        goal.setName(name);
        return goal;
    }

    static Plan plan(String id, String name, PlanKind kind) {
        Plan plan = PLAN.createPlan();
        plan.setId(id);
        plan.setName(name);
        plan.setKind(kind);
        return plan;
    }

    Measure measure() {
        return plan.getMeasures().get(0);
    }

    void open() {
        shell.open();
        pump();
    }

    static void pump() {
        while (display().readAndDispatch()) {
            // run what is queued
        }
    }

    /** The visible child of a composite that has the type, e.g. the open cell editor's Text in a table. */
    static <T extends Control> T visibleChild(Composite parent, Class<T> type) {
        return Arrays.stream(parent.getChildren()).filter(type::isInstance).filter(Control::isVisible).map(type::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no open " + type.getSimpleName() + " in " + parent));
    }

    @Override
    public void close() {
        shell.dispose();
        factory.dispose();
        Locale.setDefault(original);
    }
}
