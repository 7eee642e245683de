package no.redthread.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.validation.RedThreadRule;
import no.redthread.validation.RedThreadValidator;
import no.redthread.validation.internal.DefaultRedThreadValidator;

class GoalRulesTest {

    private final RedThreadValidator validator = new DefaultRedThreadValidator();
    private final Models m = Models.healthy();

    @Test
    void aHealthyPlanSystemHasNoFindings() {
        assertEquals(List.of(), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aGoalNoMeasureFollowsIsFound() {
        Goal lonely = Models.goal(m.community, "Trygg mobilitet", m.target3_4, m.health);

        assertEquals(Described.only(RedThreadRule.GOAL_WITHOUT_MEASURE, lonely), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aMeasureOfAnotherPlanFollowingTheGoalIsEnough() {
        Plan climate = m.plan(PlanKind.TEMATISK_KOMMUNEDELPLAN, "Klima og energi", m.community);
        Goal goal = Models.goal(m.community, "Lavutslipp", m.target3_4, m.health);
        m.budgetLine("Klimatiltak", Models.measure(climate, "Solceller", FundingStatus.FUNDED, goal));

        assertEquals(List.of(), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aMeasureOfAnExpiredPlanDoesNotFollowUpAGoal() {
        Plan old = m.plan(PlanKind.HANDLINGS_OG_OKONOMIPLAN, "Handlingsplan 2020–2023", m.community);
        old.setStatus(PlanStatus.EXPIRED);
        Goal goal = Models.goal(m.community, "Lavutslipp", m.target3_4, m.health);
        Models.measure(old, "Gammelt tiltak", FundingStatus.FUNDED, goal);

        assertEquals(Described.only(RedThreadRule.GOAL_WITHOUT_MEASURE, goal), Described.findings(validator.validate(m.system)));
    }

    @Test
    void goalsOfAnExpiredPlanAreNotChecked() {
        Plan old = m.plan(PlanKind.SAMFUNNSDEL, "Samfunnsdel 2014–2026", m.strategy);
        old.setStatus(PlanStatus.EXPIRED);
        Models.goal(old, "Gammelt mål");

        assertEquals(List.of(), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aGoalWithAThemeButNoSdgTargetIsFound() {
        Goal goal = Models.goal(m.community, "Folkehelse", m.health);
        m.line.getFunds().add(Models.measure(m.action, "Turstier", FundingStatus.FUNDED, goal));

        assertEquals(Described.only(RedThreadRule.GOAL_WITHOUT_SDG_TARGET, goal), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aGoalWithAnSdgTargetButNoThemeIsFound() {
        Goal goal = Models.goal(m.community, "Folkehelse", m.target3_4);
        m.line.getFunds().add(Models.measure(m.action, "Turstier", FundingStatus.FUNDED, goal));

        assertEquals(Described.only(RedThreadRule.GOAL_WITHOUT_THEME, goal), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aGoalThatAddressesNothingBreaksBothRules() {
        Goal goal = Models.goal(m.community, "Uklart mål");
        m.line.getFunds().add(Models.measure(m.action, "Tiltak", FundingStatus.FUNDED, goal));

        assertEquals(List.of(Described.finding(RedThreadRule.GOAL_WITHOUT_SDG_TARGET, goal),
                Described.finding(RedThreadRule.GOAL_WITHOUT_THEME, goal)), Described.findings(validator.validate(m.system)));
    }
}
