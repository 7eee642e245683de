package no.redthread.assessment.internal.service;

import static no.redthread.assessment.internal.templates.TestTemplates.SMALL_DIMENSIONS;
import static no.redthread.assessment.internal.templates.TestTemplates.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.assessment.AnswerIssue;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.Completion;
import no.redthread.assessment.OrphanedAnswer;
import no.redthread.assessment.UpgradeReport;
import no.redthread.assessment.internal.templates.TestTemplates;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;

/** Answers survive a template upgrade: removed questions leave orphaned answers, kept and reported. */
class UpgradeTest {

    private static final String V2 = v2();

    /** Version 3: as version 2, with q-a1-2 back. */
    private static final String V3 = edit(V2.replace("\"version\": \"2.0.0\"", "\"version\": \"3.0.0\""),
            "\\{ \"id\": \"q-a1-4\"[^}]*\\}",
            "{ \"id\": \"q-a1-4\", \"textNb\": \"Nytt spørsmål A1-4?\" }, { \"id\": \"q-a1-2\", \"textNb\": \"Spørsmål A1-2?\" }");

    /** Version 2: q-a1-2 is gone, q-a1-4 is new, q-a1-3 moved to the virkning scale, q-b1-2 moved to theme-a2. */
    private static String v2() {
        String dimensions = edit(SMALL_DIMENSIONS, "\\{ \"id\": \"q-a1-2\"[^}]*\\}",
                "{ \"id\": \"q-a1-4\", \"textNb\": \"Nytt spørsmål A1-4?\" }");
        dimensions = edit(dimensions, "\\{ \"id\": \"q-a1-3\"[^}]*\\}",
                "{ \"id\": \"q-a1-3\", \"textNb\": \"Spørsmål A1-3?\", \"scale\": \"virkning\" }");
        dimensions = edit(dimensions, ",\\s*\\{ \"id\": \"q-b1-2\"[^}]*\\}", "");
        dimensions = edit(dimensions, "\\{ \"id\": \"q-a2-1\"[^}]*\\}",
                "{ \"id\": \"q-a2-1\", \"textNb\": \"Spørsmål A2-1?\" }, { \"id\": \"q-b1-2\", \"textNb\": \"Flyttet B1-2?\", \"scale\": \"virkning\" }");
        return TestTemplates.template("small", "2.0.0", "samfunnsdel", dimensions);
    }

    private final Fixture fixture = new Fixture(TestTemplates.SMALL, V2, V3);

    private Assessment answered() {
        return fixture.assessment(fixture.catalog.template("small", "1.0.0").orElseThrow(), "q-a1-1=ivaretatt", "q-a1-2=ikke-ivaretatt:Ingen mål for matjord.",
                "q-a1-3=delvis-ivaretatt:Bare sentrum.", "q-a2-1=ivaretatt", "q-b1-2=ingen-vesentlig-virkning");
    }

    @Test
    void theTestVersionsAreWhatTheySay() {
        assertEquals(List.of("q-a1-1", "q-a1-4", "q-a1-3", "q-a2-1", "q-b1-2", "q-b1-1"),
                fixture.catalog.template("small", "2.0.0").orElseThrow().questions().stream()
                        .map(p -> p.question().id()).toList());
    }

    @Test
    void answersToRemovedQuestionsAreKeptAsOrphans() {
        Assessment assessment = answered();
        UpgradeReport report = fixture.service.upgrade(assessment, fixture.catalog.template("small", "2.0.0").orElseThrow());

        assertEquals("1.0.0", report.fromVersion());
        assertEquals("2.0.0", report.toVersion());
        assertEquals("2.0.0", assessment.getTemplateVersion());
        assertEquals(5, assessment.getAnswers().size(), "no answer is dropped");
        Answer orphan = assessment.answerTo("q-a1-2");
        assertTrue(orphan.isOrphaned());
        assertEquals("ikke-ivaretatt", orphan.getOptionId());
        assertEquals(List.of(new OrphanedAnswer("q-a1-2", "Spørsmål A1-2?", "dim-a", "theme-a1", "ikke-ivaretatt",
                "Ingen mål for matjord.", "Kari Planlegger", Fixture.NOW)), report.orphaned());
    }

    @Test
    void theReportNamesOffScaleAnswersNewQuestionsAndMovedAnswersFollowTheirQuestion() {
        Assessment assessment = answered();
        UpgradeReport report = fixture.service.upgrade(assessment, fixture.catalog.template("small", "2.0.0").orElseThrow());

        assertEquals(List.of("q-a1-3"), report.offScale(), "delvis-ivaretatt is not on the virkning scale");
        assertEquals(List.of("q-a1-4", "q-b1-1"), report.newQuestions());
        assertEquals("theme-a2", assessment.answerTo("q-b1-2").getThemeId());
        assertEquals("dim-a", assessment.answerTo("q-b1-2").getDimensionId());
        assertEquals("delvis-ivaretatt", assessment.answerTo("q-a1-3").getOptionId(), "kept until answered again");
    }

    @Test
    void theSummaryAfterTheUpgradeReportsTheOrphanAndLeavesItOut() {
        Assessment assessment = answered();
        fixture.service.upgrade(assessment, fixture.catalog.template("small", "2.0.0").orElseThrow());
        AssessmentSummary summary = fixture.service.summarise(assessment);

        assertEquals("2.0.0", summary.templateVersion());
        assertEquals(List.of("q-a1-2"), summary.orphanedAnswers().stream().map(OrphanedAnswer::questionId).toList());
        assertEquals(new Completion(3, 6), summary.completion(), "q-a1-1, q-a2-1, q-b1-2; not the off-scale q-a1-3");
        assertTrue(summary.issues().contains(new AnswerIssue("q-a1-2", AnswerIssue.Kind.ORPHANED,
                "the template no longer has this question; the answer is kept")));
        assertTrue(summary.gaps().stream().noneMatch(gap -> gap.questionId().equals("q-a1-2")));
    }

    @Test
    void anOrphanIsReattachedWhenItsQuestionComesBack() {
        Assessment assessment = answered();
        fixture.service.upgrade(assessment, fixture.catalog.template("small", "2.0.0").orElseThrow());
        UpgradeReport report = fixture.service.upgrade(assessment, fixture.catalog.template("small", "3.0.0").orElseThrow());

        assertEquals(List.of("q-a1-2"), report.reattached());
        assertTrue(report.orphaned().isEmpty());
        assertFalse(assessment.answerTo("q-a1-2").isOrphaned());
        assertEquals("Ingen mål for matjord.", fixture.service.summarise(assessment).gaps().get(0).justification());
    }

    @Test
    void orphansDoNotBlockCompletionButTheyStayInTheAssessment() {
        Assessment assessment = answered();
        fixture.service.upgrade(assessment, fixture.catalog.template("small", "2.0.0").orElseThrow());
        fixture.answer(assessment, "q-a1-3=usikker-virkning:Må utredes.", "q-a1-4=ivaretatt", "q-b1-1=ikke-relevant");

        fixture.service.changeStatus(assessment, AssessmentStatus.COMPLETED, "Kari");
        assertTrue(assessment.answerTo("q-a1-2").isOrphaned());
    }

    @Test
    void anotherTemplateIsNoUpgrade() {
        Fixture other = new Fixture(TestTemplates.SMALL, TestTemplates.template("other", "1", "samfunnsdel", SMALL_DIMENSIONS));
        Assessment assessment = other.assessment("small");

        assertThrows(IllegalArgumentException.class, () -> other.service.upgrade(assessment, other.template("other")));
    }
}
