package no.redthread.validation.internal;

import java.util.List;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;

/** A plan follows up the plan before it in the red thread, and that plan must exist and still be in force. */
final class PlanRules {

    private PlanRules() {
    }

    static void check(RedThreadIndex index, List<Finding> findings) {
        for (Plan plan : index.plans()) {
            if (RedThreadIndex.isCurrent(plan)) {
                checkPredecessor(index, plan, findings);
            }
        }
    }

    private static void checkPredecessor(RedThreadIndex index, Plan plan, List<Finding> findings) {
        List<PlanKind> expected = PlanSteps.predecessorsOf(plan.getKind());
        Plan predecessor = plan.getFollows();
        if (predecessor == null) {
            if (!expected.isEmpty()) {
                findings.add(new Finding(RedThreadRule.PLAN_WITHOUT_PREDECESSOR, plan, List.of(expected.get(0))));
            }
            return;
        }
        // an unresolved proxy or a plan removed from the system: the thread points at nothing
        if (predecessor.eIsProxy() || !index.contains(predecessor)) {
            findings.add(new Finding(RedThreadRule.PLAN_PREDECESSOR_MISSING, plan, List.of(predecessor)));
            return;
        }
        if (predecessor.getStatus() == PlanStatus.EXPIRED) {
            findings.add(new Finding(RedThreadRule.PLAN_PREDECESSOR_EXPIRED, plan, List.of(predecessor)));
        }
        if (!expected.isEmpty() && !expected.contains(predecessor.getKind())) {
            findings.add(new Finding(RedThreadRule.PLAN_UNEXPECTED_PREDECESSOR, plan,
                    List.of(predecessor, predecessor.getKind(), plan.getKind(), expected.get(0))));
        }
    }
}
