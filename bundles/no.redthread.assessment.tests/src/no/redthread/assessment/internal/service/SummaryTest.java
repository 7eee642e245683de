package no.redthread.assessment.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import no.redthread.assessment.AnswerIssue;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.Completion;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.Gap;
import no.redthread.assessment.ThemeSummary;
import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentFactory;
import no.redthread.assessment.template.AnswerMeaning;

/** The arithmetic of a summary, on the small template (6 questions, 3 themes, 2 dimensions). */
class SummaryTest {

    private final Fixture fixture = Fixture.small();

    /** Every question answered; one answer only says "ikke vurdert"; an orphan from an older version. */
    private Assessment answered() {
        Assessment assessment = fixture.assessment("small",
                "q-a1-1=ivaretatt",
                "q-a1-2=ikke-ivaretatt:Samfunnsdelen har ingen mål for dette.",
                "q-a1-3=delvis-ivaretatt:Bare for sentrum.",
                "q-a2-1=ikke-relevant:Kommunen har ikke sjø.",
                "q-b1-1=positiv-virkning:Gir 40 nye arbeidsplasser.",
                "q-b1-2=ikke-vurdert");
        Answer orphan = AssessmentFactory.eINSTANCE.createAnswer();
        orphan.setQuestionId("q-gone");
        orphan.setOptionId("ivaretatt");
        orphan.setOrphaned(true);
        assessment.getAnswers().add(orphan);
        return assessment;
    }

    @Test
    void completionCountsAnsweredQuestionsPerThemeDimensionAndWorksheet() {
        AssessmentSummary summary = fixture.service.summarise(answered());

        assertEquals(new Completion(5, 6), summary.completion(), "ikke vurdert is unanswered, ikke relevant answered");
        assertEquals(new Completion(4, 4), summary.dimension("dim-a").orElseThrow().completion());
        assertEquals(new Completion(1, 2), summary.dimension("dim-b").orElseThrow().completion());
        assertEquals(new Completion(3, 3), summary.theme("theme-a1").orElseThrow().completion());
        assertEquals(new Completion(1, 1), summary.theme("theme-a2").orElseThrow().completion());
        assertEquals(new Completion(1, 2), summary.theme("theme-b1").orElseThrow().completion());
        assertEquals(5.0 / 6, summary.completion().ratio(), 1e-9);
        assertFalse(summary.completion().complete());
        assertEquals("Dimensjon A", summary.dimension("dim-a").orElseThrow().nameNb());
    }

    @Test
    void theDistributionCountsEveryOptionInScaleOrderAndEveryMeaning() {
        AssessmentSummary summary = fixture.service.summarise(answered());

        assertEquals(List.of("ivaretatt", "delvis-ivaretatt", "ikke-ivaretatt", "ikke-relevant", "ikke-vurdert",
                "positiv-virkning", "ingen-vesentlig-virkning", "usikker-virkning", "negativ-virkning"),
                List.copyOf(summary.distribution().keySet()));
        assertEquals(Map.of("ivaretatt", 1, "delvis-ivaretatt", 1, "ikke-ivaretatt", 1, "ikke-relevant", 1,
                "ikke-vurdert", 1, "positiv-virkning", 1, "ingen-vesentlig-virkning", 0, "usikker-virkning", 0,
                "negativ-virkning", 0), summary.distribution());
        assertEquals(Map.of(AnswerMeaning.FULFILLED, 2, AnswerMeaning.NEUTRAL, 0, AnswerMeaning.PARTLY, 1,
                AnswerMeaning.NOT_FULFILLED, 1, AnswerMeaning.NOT_RELEVANT, 1, AnswerMeaning.NOT_ASSESSED, 1),
                summary.meanings());
        assertEquals(0, summary.unanswered());
        assertEquals(6, summary.distribution().values().stream().mapToInt(Integer::intValue).sum(),
                "the orphan is not counted");
    }

    @Test
    void themeScoresAreTheMeanOfScoredAnswers() {
        AssessmentSummary summary = fixture.service.summarise(answered());

        ThemeSummary a1 = summary.theme("theme-a1").orElseThrow();
        assertEquals(OptionalDouble.of((1 + 0 + 0.5) / 3), a1.score());
        assertEquals(1, a1.positives());
        assertEquals(1, a1.negatives());
        assertEquals(2, a1.gaps());
        assertEquals(OptionalDouble.empty(), summary.theme("theme-a2").orElseThrow().score(), "ikke relevant has no score");
        assertEquals(OptionalDouble.of(1.0), summary.theme("theme-b1").orElseThrow().score());
    }

    @Test
    void gapsAreTheNotFulfilledAndPartlyAnswersWithTheirJustification() {
        List<Gap> gaps = fixture.service.summarise(answered()).gaps();

        assertEquals(2, gaps.size());
        assertEquals(new Gap("dim-a", "theme-a1", "rule-a1-1", "q-a1-2", "Spørsmål A1-2?", "ikke-ivaretatt",
                "Ikke ivaretatt", AnswerMeaning.NOT_FULFILLED, "Samfunnsdelen har ingen mål for dette."), gaps.get(0));
        assertEquals(new Gap("dim-a", "theme-a1", "rule-a1-2", "q-a1-3", "Spørsmål A1-3?", "delvis-ivaretatt",
                "Delvis ivaretatt", AnswerMeaning.PARTLY, "Bare for sentrum."), gaps.get(1));
    }

    @Test
    void aThemeWithAnswersPullingBothWaysIsACandidateConflict() {
        AssessmentSummary summary = fixture.service.summarise(answered());

        assertEquals(List.of(new ConflictCandidate("dim-a", "theme-a1", "Tema A1", List.of("q-a1-1"), List.of("q-a1-2"))),
                summary.conflicts());
        assertEquals(List.of("theme-b1"), summary.helpedThemes().stream().map(ThemeSummary::themeId).toList());
        assertTrue(summary.harmedThemes().isEmpty(), "theme-a1 is balanced: +1 -1");
    }

    @Test
    void acrossThemesAnEffectThatHelpsOneAndHarmsAnotherShowsAsHelpedAndHarmed() {
        Assessment assessment = fixture.assessment("small", "q-a1-2=ikke-ivaretatt:Tar av matjord.",
                "q-b1-1=positiv-virkning:Nye arbeidsplasser.", "q-b1-2=negativ-virkning:Mer trafikk.");
        AssessmentSummary summary = fixture.service.summarise(assessment);

        assertEquals(List.of("theme-b1"), summary.conflicts().stream().map(ConflictCandidate::themeId).toList());
        assertEquals(List.of("theme-a1"), summary.harmedThemes().stream().map(ThemeSummary::themeId).toList());
        assertTrue(summary.helpedThemes().isEmpty());
    }

    @Test
    void orphanedAnswersAreReportedNotCounted() {
        AssessmentSummary summary = fixture.service.summarise(answered());

        assertEquals(List.of("q-gone"), summary.orphanedAnswers().stream().map(o -> o.questionId()).toList());
        assertEquals(List.of(new AnswerIssue("q-gone", AnswerIssue.Kind.ORPHANED,
                "the template no longer has this question; the answer is kept")), summary.issues());
    }

    @Test
    void missingAnswersJustificationsAndOffScaleOptionsAreIssues() {
        Assessment assessment = fixture.assessment("small", "q-a1-1=ivaretatt", "q-a1-2=ikke-ivaretatt");
        assessment.answerTo("q-a1-1").setOptionId("ja"); // e.g. an option a newer version dropped
        AssessmentSummary summary = fixture.service.summarise(assessment);

        assertEquals(List.of("q-a1-1 UNKNOWN_OPTION", "q-a1-2 MISSING_JUSTIFICATION", "q-a1-3 UNANSWERED",
                "q-a2-1 UNANSWERED", "q-b1-1 UNANSWERED", "q-b1-2 UNANSWERED"),
                summary.issues().stream().map(i -> i.questionId() + " " + i.kind()).toList());
        assertEquals(5, summary.unanswered(), "an off-scale answer counts as unanswered");
        assertEquals(new Completion(1, 6), summary.completion());
        assertEquals("", summary.gaps().get(0).justification());
    }

    @Test
    void weakThemesHaveAnAnswerNotFulfilledOrAScoreOfAtMostOneHalf() {
        Assessment assessment = fixture.assessment("small",
                "q-a1-1=ivaretatt", "q-a1-2=ivaretatt", "q-a1-3=delvis-ivaretatt:Delvis.", // 0.83: not weak
                "q-a2-1=delvis-ivaretatt:Delvis.", // 0.5: weak
                "q-b1-1=positiv-virkning:Bra.", "q-b1-2=negativ-virkning:Dårlig."); // 0.5 and a negative: weak
        List<WeakTheme> weak = fixture.service.weakThemes(assessment);

        assertEquals(List.of(new WeakTheme("dim-a", "theme-a2", "Tema A2", 0.5, 0, 1),
                new WeakTheme("dim-b", "theme-b1", "Tema B1", 0.5, 1, 0)), weak);

        fixture.answer(assessment, "q-a2-1=ivaretatt", "q-b1-2=ingen-vesentlig-virkning");
        assertTrue(fixture.service.weakThemes(assessment).isEmpty());

        fixture.answer(assessment, "q-a1-1=ikke-ivaretatt:Nei.");
        assertEquals(List.of("theme-a1"), fixture.service.weakThemes(assessment).stream().map(WeakTheme::themeId).toList(),
                "one answer not fulfilled makes a theme weak (score 0.5)");
    }

    @Test
    void aBlankAssessmentIsNothingAnswered() {
        AssessmentSummary summary = fixture.service.summarise(fixture.assessment("small"));

        assertEquals(new Completion(0, 6), summary.completion());
        assertEquals(6, summary.unanswered());
        assertTrue(summary.gaps().isEmpty() && summary.conflicts().isEmpty());
        assertTrue(summary.themes().stream().allMatch(theme -> theme.score().isEmpty()));
        assertTrue(fixture.service.weakThemes(fixture.assessment("small")).isEmpty());
    }
}
