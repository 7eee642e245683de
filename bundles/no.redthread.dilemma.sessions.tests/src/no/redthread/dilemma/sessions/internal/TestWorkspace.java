package no.redthread.dilemma.sessions.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.model.DilemmaRegister;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * A workspace created by the product's own WorkspaceService in a real folder, with one plan, a goal and a
 * measure, in the UI language the test asks for.
 */
final class TestWorkspace implements AutoCloseable {

    final WorkspaceService service = Services.get(WorkspaceService.class);
    final Workspace workspace;
    final Plan plan;
    final Goal nature;
    final Measure windPower;
    private final Locale original = Locale.getDefault();

    TestWorkspace(Path folder, String languageTag) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(languageTag));
        PlanFactory factory = PlanFactory.eINSTANCE;
        PlanSystem system = factory.createPlanSystem();
        system.setId("plansystem-5020");
        system.setName("Osen");
        plan = factory.createPlan();
        plan.setId("plan-samfunnsdel");
        plan.setName("Kommuneplanens samfunnsdel 2024–2036");
        plan.setKind(PlanKind.SAMFUNNSDEL);
        system.getPlans().add(plan);
        nature = factory.createGoal();
        nature.setId("goal-nature");
        nature.setName("Ta vare på sammenhengende naturområder");
        plan.getGoals().add(nature);
        windPower = factory.createMeasure();
        windPower.setId("measure-wind");
        windPower.setName("Vindkraft på Storheia");
        plan.getMeasures().add(windPower);
        workspace = service.create(folder, system);
    }

    DilemmaRegister register() {
        return DilemmaSessions.register(workspace.resourceSet()).orElseThrow();
    }

    EditingDomain domain() {
        return workspace.editingDomain();
    }

    /** Executes the command and returns its one result. */
    <T> T execute(Command command, Class<T> type) {
        execute(command);
        return type.cast(command.getResult().iterator().next());
    }

    void execute(Command command) {
        workspace.commandStack().execute(command);
    }

    @Override
    public void close() {
        service.close();
        Locale.setDefault(original);
    }
}
