package no.redthread.validation.internal;

import java.util.List;

import no.redthread.model.plan.Goal;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;

/** A goal must be followed up by a measure and must address the SDGs and the local themes. */
final class GoalRules {

    private GoalRules() {
    }

    static void check(RedThreadIndex index, List<Finding> findings) {
        for (Goal goal : index.goals()) {
            if (!RedThreadIndex.isCurrent(RedThreadIndex.planOf(goal))) {
                continue;
            }
            if (index.currentMeasuresFollowing(goal).isEmpty()) {
                findings.add(new Finding(RedThreadRule.GOAL_WITHOUT_MEASURE, goal));
            }
            if (goal.getAddressedSdgTargets().isEmpty()) {
                findings.add(new Finding(RedThreadRule.GOAL_WITHOUT_SDG_TARGET, goal));
            }
            if (goal.getAddressedThemes().isEmpty()) {
                findings.add(new Finding(RedThreadRule.GOAL_WITHOUT_THEME, goal));
            }
        }
    }
}
