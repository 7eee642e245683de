package no.redthread.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.model.plan.Case;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;
import no.redthread.validation.RedThreadValidator;
import no.redthread.validation.Severity;
import no.redthread.validation.internal.DefaultRedThreadValidator;

class ValidatorScopeTest {

    private final RedThreadValidator validator = new DefaultRedThreadValidator();
    private final Models m = Models.healthy();

    @Test
    void aPlansFindingsAreAboutThePlanItsGoalsAndItsMeasures() {
        Goal lonely = Models.goal(m.community, "Trygg mobilitet", m.target3_4, m.health);
        Measure loose = Models.measure(m.action, "Ny nettside", FundingStatus.FUNDED);
        m.line.getFunds().add(loose);
        m.sak("Tankbil");

        assertEquals(Described.only(RedThreadRule.GOAL_WITHOUT_MEASURE, lonely), Described.findings(validator.validate(m.community)));
        assertEquals(Described.only(RedThreadRule.MEASURE_WITHOUT_GOAL, loose), Described.findings(validator.validate(m.action)));
    }

    @Test
    void aPlanIsJudgedWithTheRestOfItsSystem() {
        // the community part's goal is followed up by the action plan's measure, so the goal holds
        assertEquals(List.of(), validator.validate(m.community));
    }

    @Test
    void aPlanOutsideAnySystemCanBeValidated() {
        Plan alone = Models.standalonePlan(PlanKind.SAMFUNNSDEL, "Utkast", null);
        Goal goal = Models.goal(alone, "Mål", m.target3_4, m.health);

        assertEquals(List.of(Described.finding(RedThreadRule.PLAN_WITHOUT_PREDECESSOR, alone),
                Described.finding(RedThreadRule.GOAL_WITHOUT_MEASURE, goal)), Described.findings(validator.validate(alone)));
    }

    @Test
    void errorsComeFirstThenWarningsThenInformation() {
        Goal noTheme = Models.goal(m.community, "Uten tema", m.target3_4);
        Case sak = m.sak("Tankbil");
        Measure loose = Models.measure(m.action, "Nettside", FundingStatus.FUNDED);
        m.line.getFunds().add(loose);
        m.line.getFunds().add(Models.measure(m.action, "Tiltak", FundingStatus.FUNDED, noTheme));

        List<Finding> findings = validator.validate(m.system);

        assertEquals(List.of(Described.finding(RedThreadRule.MEASURE_WITHOUT_GOAL, loose),
                Described.finding(RedThreadRule.CASE_WITHOUT_GOAL, sak),
                Described.finding(RedThreadRule.GOAL_WITHOUT_THEME, noTheme)), Described.findings(findings));
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
                findings.stream().map(Finding::severity).toList());
    }

    @Test
    void theResultCannotBeChangedByTheCaller() {
        m.sak("Tankbil");
        List<Finding> findings = validator.validate(m.system);

        assertThrows(UnsupportedOperationException.class, () -> findings.clear());
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> validator.validate((PlanSystem) null));
        assertThrows(NullPointerException.class, () -> validator.validate((Plan) null));
    }
}
