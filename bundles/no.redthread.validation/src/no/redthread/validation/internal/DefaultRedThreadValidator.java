package no.redthread.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadValidator;

/** The red-thread rules over one snapshot of a plan system. Stateless, so one instance serves every caller. */
@Component(service = RedThreadValidator.class)
public final class DefaultRedThreadValidator implements RedThreadValidator {

    @Activate
    public DefaultRedThreadValidator() {
        // no references: the rules need nothing but the model they are given
    }

    @Override
    public List<Finding> validate(PlanSystem system) {
        return check(RedThreadIndex.of(system));
    }

    @Override
    public List<Finding> validate(Plan plan) {
        // the whole system is checked, because a goal's measures and a measure's budget lines live elsewhere
        return check(RedThreadIndex.around(plan)).stream()
                .filter(finding -> EcoreUtil.isAncestor(plan, finding.subject()))
                .toList();
    }

    private static List<Finding> check(RedThreadIndex index) {
        List<Finding> findings = new ArrayList<>();
        PlanRules.check(index, findings);
        GoalRules.check(index, findings);
        MeasureRules.check(index, findings);
        CaseRules.check(index, findings);
        // stable sort: within a severity the rules' own order (rule by rule, model order) stays
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }
}
