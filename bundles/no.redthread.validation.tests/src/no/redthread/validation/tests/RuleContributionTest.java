package no.redthread.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.model.plan.Measure;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.Finding;
import no.redthread.validation.FindingRule;
import no.redthread.validation.RedThreadRule;
import no.redthread.validation.RedThreadValidator;
import no.redthread.validation.RuleContribution;
import no.redthread.validation.Severity;
import no.redthread.validation.internal.DefaultRedThreadValidator;

/** A module's rules join the built-in ones: merged, sorted by severity, scoped to a plan, worded by the module. */
class RuleContributionTest {

    /** A module rule about measures, with its own wording; the argument is an object that lives elsewhere. */
    private record NoteRule(Severity severity) implements FindingRule {
        @Override
        public String id() {
            return "measure.test-note";
        }

        @Override
        public String pattern(Locale locale) {
            return "nb".equals(locale.getLanguage()) ? "Tiltaket «{0}» har merknaden {1}." : "The measure «{0}» has the note {1}.";
        }
    }

    /** Flags every measure of the system, with the measure's plan as an extra argument. */
    private static RuleContribution flagging(FindingRule rule, List<Measure> flagged) {
        return new RuleContribution() {
            @Override
            public List<FindingRule> rules() {
                return List.of(rule);
            }

            @Override
            public List<Finding> check(PlanSystem system) {
                return flagged.stream().map(measure -> new Finding(rule, measure, List.of("X"))).toList();
            }
        };
    }

    @Test
    void contributedFindingsAreMergedAndSortedBySeverity() {
        Models m = Models.healthy();
        Measure loose = Models.measure(m.action, "Ny nettside", no.redthread.model.plan.FundingStatus.FUNDED);
        m.line.getFunds().add(loose);
        RedThreadValidator validator = new DefaultRedThreadValidator(List.of(flagging(new NoteRule(Severity.INFO), List.of(m.measure)),
                flagging(new NoteRule(Severity.ERROR), List.of(loose))));

        List<Finding> findings = validator.validate(m.system);

        assertEquals(List.of("measure.no-goal " + loose.getId(), "measure.test-note " + loose.getId(),
                "measure.test-note " + m.measure.getId()), Described.findings(findings));
        assertEquals("Tiltaket «Nye boligtomter» har merknaden X.", findings.get(2).message(Locale.forLanguageTag("nb")));
        assertEquals("The measure «Nye boligtomter» has the note X.", findings.get(2).message(Locale.ENGLISH));
        assertEquals(RedThreadRule.MEASURE_WITHOUT_GOAL, findings.get(0).rule(), "built-in findings keep their enum rule");
    }

    @Test
    void aContributedFindingConcernsThePlanOfAnObjectItNames() {
        Models m = Models.healthy();
        EObject elsewhere = no.redthread.model.plan.PlanFactory.eINSTANCE.createCase(); // outside the plan system
        FindingRule rule = new NoteRule(Severity.WARNING);
        RuleContribution aboutElsewhere = new RuleContribution() {
            @Override
            public List<FindingRule> rules() {
                return List.of(rule);
            }

            @Override
            public List<Finding> check(PlanSystem system) {
                return List.of(new Finding(rule, elsewhere, List.of(m.measure)));
            }
        };
        RedThreadValidator validator = new DefaultRedThreadValidator(List.of(aboutElsewhere));

        assertEquals(1, validator.validate(m.action).size(), "the measure named is in the action plan");
        assertEquals(0, validator.validate(m.community).size());
    }

    @Test
    void theServiceFollowsContributionsThatComeAndGo() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(DefaultRedThreadValidator.class).getBundleContext();
        ServiceTracker<RedThreadValidator, RedThreadValidator> tracker = new ServiceTracker<>(context, RedThreadValidator.class, null);
        tracker.open();
        try {
            RedThreadValidator validator = tracker.waitForService(10_000);
            Models m = Models.healthy();
            assertEquals(List.of(), validator.validate(m.system));
            ServiceRegistration<RuleContribution> registration = context.registerService(RuleContribution.class,
                    flagging(new NoteRule(Severity.WARNING), List.of(m.measure)), null);
            try {
                assertEquals(List.of("measure.test-note " + m.measure.getId()), Described.findings(validator.validate(m.system)));
            } finally {
                registration.unregister();
            }
            assertEquals(List.of(), validator.validate(m.system));
        } finally {
            tracker.close();
        }
    }
}
