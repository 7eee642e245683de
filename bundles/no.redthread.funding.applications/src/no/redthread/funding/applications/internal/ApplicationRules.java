package no.redthread.funding.applications.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.funding.applications.FundingApplications;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.Finding;
import no.redthread.validation.FindingRule;
import no.redthread.validation.RuleContribution;

/**
 * The funding module's red-thread rules: an externally funded measure needs an application, and a planned
 * application whose deadline has passed has been forgotten. Measures of expired plans are not checked, as the
 * built-in rules do not check them.
 */
@Component(service = RuleContribution.class)
public final class ApplicationRules implements RuleContribution {

    @Activate
    public ApplicationRules() {
        // stateless: each check reads the model and today's date
    }

    @Override
    public List<FindingRule> rules() {
        return List.of(ApplicationRule.values());
    }

    @Override
    public List<Finding> check(PlanSystem system) {
        List<Finding> findings = new ArrayList<>();
        for (Plan plan : system.getPlans()) {
            if (plan.getStatus() == PlanStatus.EXPIRED) {
                continue;
            }
            for (Measure measure : plan.getMeasures()) {
                if (measure.getFundingStatus() == FundingStatus.EXTERNAL && FundingApplications.of(measure).isEmpty()) {
                    findings.add(new Finding(ApplicationRule.EXTERNAL_WITHOUT_APPLICATION, measure));
                }
            }
        }
        LocalDate today = LocalDate.now();
        FundingApplications.registerOf(system).ifPresent(register -> {
                    for (FundingApplication application : register.getApplications()) {
                        Measure measure = application.getMeasure();
                        if (measure != null && EcoreUtil.isAncestor(system, measure)
                                && FundingApplications.deadlinePassedWhilePlanned(application, today)) {
                            findings.add(new Finding(ApplicationRule.DEADLINE_PASSED_PLANNED, application,
                                    List.of(ApplicationLabels.scheme(application), measure, date(application.getDeadline()))));
                        }
                    }
                });
        return findings;
    }

    private static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault()));
    }
}
