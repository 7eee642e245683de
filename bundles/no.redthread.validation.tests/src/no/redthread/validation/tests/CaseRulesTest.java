package no.redthread.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.model.plan.Case;
import no.redthread.validation.RedThreadRule;
import no.redthread.validation.RedThreadValidator;
import no.redthread.validation.internal.DefaultRedThreadValidator;

class CaseRulesTest {

    private final RedThreadValidator validator = new DefaultRedThreadValidator();
    private final Models m = Models.healthy();

    @Test
    void aCaseThatRefersToNoGoalIsFound() {
        Case sak = m.sak("Innkjøp av tankbil");

        assertEquals(Described.only(RedThreadRule.CASE_WITHOUT_GOAL, sak), Described.findings(validator.validate(m.system)));
    }

    @Test
    void aCaseThatRefersToAGoalHolds() {
        m.sak("Tomtesalg", m.goal);

        assertEquals(List.of(), Described.findings(validator.validate(m.system)));
    }
}
