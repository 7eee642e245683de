package no.redthread.validation.internal;

import java.util.List;

import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Measure;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;

/**
 * A measure must follow up a goal and be funded. Funding is judged from both the budget lines and the measure's
 * own status, and each measure gets at most one funding finding, the one that tells what to fix. External funding
 * (grants the municipality applies for) needs no budget line: whether it is applied for is a funding module's rule.
 */
final class MeasureRules {

    private MeasureRules() {
    }

    static void check(RedThreadIndex index, List<Finding> findings) {
        for (Measure measure : index.measures()) {
            if (!RedThreadIndex.isCurrent(RedThreadIndex.planOf(measure))) {
                continue;
            }
            if (measure.getFollows().isEmpty()) {
                findings.add(new Finding(RedThreadRule.MEASURE_WITHOUT_GOAL, measure));
            }
            RedThreadRule funding = fundingRule(!index.budgetLinesFunding(measure).isEmpty(), measure.getFundingStatus());
            if (funding != null) {
                findings.add(new Finding(funding, measure));
            }
        }
    }

    /** The funding rule a measure breaks, or null if its funding is traceable and its status agrees. */
    private static RedThreadRule fundingRule(boolean hasBudgetLine, FundingStatus status) {
        if (status == FundingStatus.EXTERNAL) {
            return null;
        }
        boolean markedUnfunded = status == null || status == FundingStatus.UNFUNDED;
        if (!hasBudgetLine) {
            return markedUnfunded ? RedThreadRule.MEASURE_UNFUNDED : RedThreadRule.MEASURE_WITHOUT_BUDGET_LINE;
        }
        return markedUnfunded ? RedThreadRule.MEASURE_MARKED_UNFUNDED : null;
    }
}
