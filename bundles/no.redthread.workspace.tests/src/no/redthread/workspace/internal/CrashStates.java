package no.redthread.workspace.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;

/**
 * The states the crash test saves: generation 0 is the base workspace, and generation n changes
 * every file (names, texts and the number of objects), so a mix of two generations is visible.
 */
final class CrashStates {

    static final String[][] ORGANISATIONS = {{"3401", "Kongsvinger"}, {"5501", "Tromsø"}, {"1871", "Andøy"}, {"4601", "Bergen"}};

    private CrashStates() {
    }

    /** Four plan systems (about 6,000 objects each) and a note book that refers into all of them. */
    static void createBase(WorkspaceServiceImpl service, java.nio.file.Path folder) throws java.io.IOException {
        Workspace workspace = service.create(folder, SampleModels.planSystem(ORGANISATIONS[0][0], ORGANISATIONS[0][1], 80, 0));
        for (int i = 1; i < ORGANISATIONS.length; i++) {
            workspace.addPlanSystem(SampleModels.planSystem(ORGANISATIONS[i][0], ORGANISATIONS[i][1], 80, i));
        }
        EObject book = workspace.moduleRoot(NotesModule.ID).orElseThrow();
        for (PlanSystem system : workspace.planSystems()) {
            Plan plan = system.getPlans().get(2);
            NotesModule.addNote(book, "note-" + system.getOrganisation().getNumber(), "", plan, plan.getGoals().get(0));
        }
        apply(workspace, 0);
        service.save();
        service.close(); // lets the child processes open it
    }

    /** Puts the model into generation {@code n}, from any other generation. */
    static void apply(Workspace workspace, int n) {
        for (PlanSystem system : workspace.planSystems()) {
            system.setName(system.getOrganisation().getName() + " generation " + n);
            for (Plan plan : system.getPlans()) {
                for (Goal goal : plan.getGoals()) {
                    goal.setDescription("generation " + n + " " + "x".repeat(n % 7 * 5));
                }
            }
            List<Measure> measures = system.getPlans().get(3).getMeasures();
            measures.removeIf(measure -> measure.getId().startsWith("crash-"));
            for (int i = 0; i < n % 5 * 20; i++) {
                Measure measure = PlanFactory.eINSTANCE.createMeasure();
                measure.setId("crash-" + n + "-" + i);
                measure.setName("Tiltak fra generasjon " + n);
                measure.setCostPerYear(n * 1000.5);
                measure.setFundingStatus(FundingStatus.PARTLY_FUNDED);
                measure.getFollows().add(system.getPlans().get(2).getGoals().get(i % 10));
                measures.add(measure);
            }
        }
        for (Object note : (List<?>) workspace.moduleRoot(NotesModule.ID).orElseThrow().eGet(NotesModule.NOTES)) {
            ((EObject) note).eSet(NotesModule.TEXT, "generation " + n);
        }
    }

    /** The generation of the first plan system. */
    static int generation(Workspace workspace) {
        String name = workspace.planSystems().get(0).getName();
        return Integer.parseInt(name.substring(name.lastIndexOf(' ') + 1));
    }
}
