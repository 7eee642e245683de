package no.redthread.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;
import no.redthread.validation.RedThreadValidator;
import no.redthread.validation.RuleContribution;

/**
 * The red-thread rules over one snapshot of a plan system, the built-in ones and those of the modules'
 * {@link RuleContribution} services. Stateless apart from the contributions, so one instance serves every caller.
 */
@Component(service = RedThreadValidator.class)
public final class DefaultRedThreadValidator implements RedThreadValidator {

    /* dynamic, so a module that starts or stops changes the next validation without restarting this component and
       every view that holds it; SCR replaces the list as a whole, so a validation sees one consistent list */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<RuleContribution> contributions = List.of();

    @Activate
    public DefaultRedThreadValidator() {
        // the built-in rules need nothing but the model they are given
    }

    /** A validator with the given contributions, for callers outside OSGi (tests, tools). */
    public DefaultRedThreadValidator(List<RuleContribution> contributions) {
        this.contributions = List.copyOf(contributions);
    }

    @Override
    public List<Finding> validate(PlanSystem system) {
        return check(RedThreadIndex.of(system), system);
    }

    @Override
    public List<Finding> validate(Plan plan) {
        // the whole system is checked, because a goal's measures and a measure's budget lines live elsewhere
        return check(RedThreadIndex.around(plan), EcoreUtil.getRootContainer(plan) instanceof PlanSystem system ? system : null).stream()
                .filter(finding -> concerns(finding, plan))
                .toList();
    }

    private List<Finding> check(RedThreadIndex index, PlanSystem system) {
        List<Finding> findings = new ArrayList<>();
        PlanRules.check(index, findings);
        GoalRules.check(index, findings);
        MeasureRules.check(index, findings);
        CaseRules.check(index, findings);
        if (system != null) {
            for (RuleContribution contribution : contributions) {
                findings.addAll(contribution.check(system));
            }
        }
        // stable sort: within a severity the rules' own order (rule by rule, model order) stays
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }

    /**
     * A built-in finding concerns a plan when its subject is in it; a module's subject often lives in the module's
     * own resource (an application for a measure), so its findings also concern the plan of an object they name.
     */
    private static boolean concerns(Finding finding, Plan plan) {
        if (EcoreUtil.isAncestor(plan, finding.subject())) {
            return true;
        }
        return !(finding.rule() instanceof RedThreadRule) && finding.arguments().stream()
                .anyMatch(argument -> argument instanceof EObject object && EcoreUtil.isAncestor(plan, object));
    }
}
