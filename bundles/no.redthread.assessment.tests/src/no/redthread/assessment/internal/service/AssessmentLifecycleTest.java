package no.redthread.assessment.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import no.redthread.assessment.internal.templates.TestTemplates;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;

/** Creating and answering an assessment, and moving it through its status. */
class AssessmentLifecycleTest {

    private final Fixture fixture = new Fixture(TestTemplates.SMALL,
            TestTemplates.template("sak", "1", "saksbehandling", TestTemplates.SMALL_DIMENSIONS));

    private static final String[] ALL = {"q-a1-1=ivaretatt", "q-a1-2=ivaretatt", "q-a1-3=ivaretatt",
        "q-a2-1=ikke-relevant:Ingen sjø.", "q-b1-1=ingen-vesentlig-virkning", "q-b1-2=ikke-vurdert"};

    @Test
    void aNewAssessmentNamesItsTemplatePlanAndCreator() {
        Assessment assessment = fixture.assessment("small");

        assertTrue(assessment.getId().startsWith("assessment-"), assessment.getId());
        assertEquals("small", assessment.getTemplateId());
        assertEquals("1.0.0", assessment.getTemplateVersion());
        assertEquals("Test small", assessment.getName());
        assertSame(fixture.plan, assessment.getPlan());
        assertSame(fixture.plan, assessment.subject());
        assertEquals(AssessmentStatus.IN_PROGRESS, assessment.getStatus());
        assertEquals("Kari Planlegger", assessment.getCreatedBy());
        assertEquals(Fixture.NOW, assessment.getCreatedAt());
    }

    @Test
    void anAnswerRecordsOptionJustificationWhoWhenAndPlace() {
        Assessment assessment = fixture.assessment("small", "q-a1-3=delvis-ivaretatt:  Bare sentrum.  ");
        Answer answer = assessment.answerTo("q-a1-3");

        assertEquals("delvis-ivaretatt", answer.getOptionId());
        assertEquals("Bare sentrum.", answer.getJustification());
        assertEquals("Kari Planlegger", answer.getAnsweredBy());
        assertEquals(Fixture.NOW, answer.getAnsweredAt());
        assertEquals("dim-a", answer.getDimensionId());
        assertEquals("theme-a1", answer.getThemeId());
        assertEquals("rule-a1-2", answer.getRuleId());
        assertEquals("Spørsmål A1-3?", answer.getQuestionText());

        fixture.answer(assessment, "q-a1-3=ivaretatt");
        assertEquals(1, assessment.getAnswers().size(), "answering again changes the one answer");
        assertNull(assessment.answerTo("q-a1-3").getJustification());
    }

    @Test
    void unknownQuestionsAndOptionsAreRefused() {
        Assessment assessment = fixture.assessment("small");

        assertThrows(IllegalArgumentException.class, () -> fixture.answer(assessment, "q-zz=ivaretatt"));
        assertThrows(IllegalArgumentException.class, () -> fixture.answer(assessment, "q-a1-1=positiv-virkning"),
                "positiv-virkning is on another question's scale");
        assertTrue(assessment.getAnswers().isEmpty());
    }

    @Test
    void completingNeedsEveryAnswerAndJustificationThenApprovalAndReopening() {
        Assessment assessment = fixture.assessment("small", "q-a1-1=ikke-ivaretatt");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> fixture.service.changeStatus(assessment, AssessmentStatus.COMPLETED, "Kari"));
        assertTrue(refused.getMessage().contains("q-a1-1 the answer \"ikke-ivaretatt\" needs a justification"),
                refused.getMessage());
        assertThrows(IllegalStateException.class,
                () -> fixture.service.changeStatus(assessment, AssessmentStatus.APPROVED, "Rådmann"));

        fixture.answer(assessment, ALL);
        fixture.service.changeStatus(assessment, AssessmentStatus.COMPLETED, "Kari");
        assertEquals(AssessmentStatus.COMPLETED, assessment.getStatus());
        assertThrows(IllegalStateException.class, () -> fixture.answer(assessment, "q-a1-1=ivaretatt"),
                "a completed assessment is not answered");

        fixture.service.changeStatus(assessment, AssessmentStatus.APPROVED, "Kommunedirektøren");
        assertEquals(AssessmentStatus.APPROVED, assessment.getStatus());
        assertEquals("Kommunedirektøren", assessment.getStatusChangedBy());
        assertEquals(Fixture.NOW, assessment.getStatusChangedAt());

        fixture.service.changeStatus(assessment, AssessmentStatus.IN_PROGRESS, "Kari");
        fixture.answer(assessment, "q-a1-1=delvis-ivaretatt:Revidert.");
        assertEquals("delvis-ivaretatt", assessment.answerTo("q-a1-1").getOptionId());
    }

    @Test
    void evidenceLinksGoalsAndMeasuresOfThePlanModel() {
        Assessment assessment = fixture.assessment("small", "q-a1-1=ivaretatt");
        var goal = PlanFactory.eINSTANCE.createGoal();
        goal.setId("goal-1");
        var measure = PlanFactory.eINSTANCE.createMeasure();
        measure.setId("measure-1");
        fixture.plan.getGoals().add(goal);
        fixture.plan.getMeasures().add(measure);

        Answer answer = assessment.answerTo("q-a1-1");
        answer.getEvidenceGoals().add(goal);
        answer.getEvidenceMeasures().add(measure);
        assertSame(goal, assessment.answerTo("q-a1-1").getEvidenceGoals().get(0));
    }

    @Test
    void onlyASaksbehandlingWorksheetAssessesACaseAndLevelsMustFitThePlan() {
        Case sak = PlanFactory.eINSTANCE.createCase();
        sak.setId("case-1");
        Assessment ofCase = fixture.service.create(fixture.template("sak"), sak, "Saksbehandler");
        assertSame(sak, ofCase.subject());
        assertThrows(IllegalArgumentException.class, () -> fixture.service.create(fixture.template("small"), sak, "x"));
        assertThrows(IllegalArgumentException.class, () -> fixture.service.create(fixture.template("small"),
                Fixture.plan("plan-hop", PlanKind.HANDLINGS_OG_OKONOMIPLAN), "x"));
        fixture.service.create(fixture.template("sak"), Fixture.plan("plan-hop", PlanKind.HANDLINGS_OG_OKONOMIPLAN), "x");
        fixture.service.create(fixture.template("small"), Fixture.plan("plan-tema", PlanKind.TEMATISK_KOMMUNEDELPLAN), "x");
    }

    @Test
    void withoutItsTemplateVersionTheServiceSaysSo() {
        Assessment assessment = fixture.assessment("small");
        assessment.setTemplateVersion("9.9");

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> fixture.service.summarise(assessment));
        assertTrue(missing.getMessage().contains("template small version 9.9"), missing.getMessage());
    }
}
