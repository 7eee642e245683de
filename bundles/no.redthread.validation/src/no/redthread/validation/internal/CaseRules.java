package no.redthread.validation.internal;

import java.util.List;

import no.redthread.model.plan.Case;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;

/** Every case document should say which goals of the overall plans the case affects. */
final class CaseRules {

    private CaseRules() {
    }

    static void check(RedThreadIndex index, List<Finding> findings) {
        for (Case sak : index.cases()) {
            if (sak.getRefersTo().isEmpty()) {
                findings.add(new Finding(RedThreadRule.CASE_WITHOUT_GOAL, sak));
            }
        }
    }
}
