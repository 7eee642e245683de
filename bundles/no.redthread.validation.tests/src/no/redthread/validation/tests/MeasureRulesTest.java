package no.redthread.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.PlanStatus;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadRule;
import no.redthread.validation.RedThreadValidator;
import no.redthread.validation.Severity;
import no.redthread.validation.internal.DefaultRedThreadValidator;

class MeasureRulesTest {

    private final RedThreadValidator validator = new DefaultRedThreadValidator();
    private final Models m = Models.healthy();

    @Test
    void aMeasureThatFollowsNoGoalIsAnError() {
        Measure measure = Models.measure(m.action, "Ny sak- og arkivløsning", FundingStatus.FUNDED);
        m.line.getFunds().add(measure);

        List<Finding> findings = validator.validate(m.system);

        assertEquals(Described.only(RedThreadRule.MEASURE_WITHOUT_GOAL, measure), Described.findings(findings));
        assertEquals(Severity.ERROR, findings.get(0).severity());
    }

    @Test
    void aMeasureMarkedUnfundedWithoutBudgetLineIsUnfunded() {
        Measure measure = Models.measure(m.action, "Leie-til-eie", FundingStatus.UNFUNDED, m.goal);

        assertEquals(Described.only(RedThreadRule.MEASURE_UNFUNDED, measure), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aMeasureWhoseStatusWasNeverSetCountsAsUnfunded() {
        Measure measure = Models.measure(m.action, "Uavklart", null, m.goal);

        assertEquals(Described.only(RedThreadRule.MEASURE_UNFUNDED, measure), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aMeasureMarkedFundedWithoutBudgetLineCannotBeTraced() {
        Measure funded = Models.measure(m.action, "Bærekraftig reisemål", FundingStatus.FUNDED, m.goal);
        Measure partly = Models.measure(m.action, "Flomveier", FundingStatus.PARTLY_FUNDED, m.goal);

        assertEquals(Described.only(RedThreadRule.MEASURE_WITHOUT_BUDGET_LINE, funded, partly),
                Described.findings(validator.validate(m.system)));
    }

    @Test
    void aMeasureABudgetLineFundsButMarkedUnfundedIsFound() {
        m.measure.setFundingStatus(FundingStatus.UNFUNDED);

        assertEquals(Described.only(RedThreadRule.MEASURE_MARKED_UNFUNDED, m.measure),
                Described.findings(validator.validate(m.system)));
    }

    @Test
    void aPartlyFundedMeasureWithABudgetLineHolds() {
        m.measure.setFundingStatus(FundingStatus.PARTLY_FUNDED);

        assertEquals(List.of(), Described.findings(validator.validate(m.system)));
    }

    @Test
    void anExternallyFundedMeasureNeedsNoBudgetLine() {
        Models.measure(m.action, "Sykkelparkering", FundingStatus.EXTERNAL, m.goal);
        m.measure.setFundingStatus(FundingStatus.EXTERNAL); // one a budget line funds as well (co-funding)

        assertEquals(List.of(), Described.findings(validator.validate(m.system)));
    }

    @Test
    void everyFundingStatusGetsAtMostOneFundingFinding() {
        for (FundingStatus status : FundingStatus.VALUES) {
            Measure measure = Models.measure(m.action, "Tiltak " + status, status, m.goal);
            long funding = validator.validate(m.system).stream()
                    .filter(f -> f.subject() == measure && f.ruleId().startsWith("measure.")).count();
            assertEquals(status == FundingStatus.FUNDED || status == FundingStatus.PARTLY_FUNDED
                    || status == FundingStatus.UNFUNDED ? 1 : 0, funding, status.getName());
            m.action.getMeasures().remove(measure);
        }
    }

    @Test
    void measuresOfAnExpiredPlanAreNotChecked() {
        Models.measure(m.action, "Gammelt tiltak", FundingStatus.UNFUNDED);
        m.action.setStatus(PlanStatus.EXPIRED);

        // only the goal is left without a current measure; the expired plan's own measures are history
        assertEquals(Described.only(RedThreadRule.GOAL_WITHOUT_MEASURE, m.goal),
                Described.findings(validator.validate(m.system)));
    }
}
