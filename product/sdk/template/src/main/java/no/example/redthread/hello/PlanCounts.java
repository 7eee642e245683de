package no.example.redthread.hello;

import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;

/** The number of goals and measures in the plan system of a workspace (plain logic: no SWT here). */
record PlanCounts(String name, int goals, int measures) {

    static final PlanCounts NONE = new PlanCounts("", 0, 0);

    static PlanCounts of(Optional<Workspace> workspace) {
        Optional<PlanSystem> system = workspace.flatMap(Workspace::planSystem);
        if (system.isEmpty()) {
            return NONE;
        }
        int goals = 0;
        int measures = 0;
        for (TreeIterator<EObject> it = system.get().eAllContents(); it.hasNext();) {
            EObject object = it.next();
            goals += object instanceof Goal ? 1 : 0;
            measures += object instanceof Measure ? 1 : 0;
        }
        return new PlanCounts(workspace.get().folder().getFileName().toString(), goals, measures);
    }

    String describe(Texts texts, HelloSettings settings) {
        if (this == NONE) {
            return texts.get("counts.none");
        }
        return settings.countMeasures() ? texts.get("counts", name, goals, measures) : texts.get("counts.goals", name, goals);
    }
}
