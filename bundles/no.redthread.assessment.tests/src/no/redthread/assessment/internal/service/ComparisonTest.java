package no.redthread.assessment.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import no.redthread.assessment.AnswerChange;
import no.redthread.assessment.AnswerChange.Kind;
import no.redthread.assessment.AssessmentComparison;
import no.redthread.assessment.Gap;
import no.redthread.assessment.ThemeChange;
import no.redthread.assessment.model.Assessment;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;

/** Two assessments of the same plan compared question by question and theme by theme. */
class ComparisonTest {

    private final Fixture fixture = Fixture.small();

    private Assessment previous() {
        return fixture.assessment("small", "q-a1-1=delvis-ivaretatt:Delvis.", "q-a1-2=ikke-ivaretatt:Nei.",
                "q-a1-3=ivaretatt", "q-b1-1=negativ-virkning:Mer trafikk.", "q-b1-2=ingen-vesentlig-virkning");
    }

    private Assessment current() {
        return fixture.assessment("small", "q-a1-1=ivaretatt", "q-a1-2=ikke-ivaretatt:Fortsatt nei.",
                "q-a1-3=delvis-ivaretatt:Bare sentrum.", "q-a2-1=ivaretatt", "q-b1-1=ikke-relevant");
    }

    @Test
    void eachChangedAnswerIsClassified() {
        AssessmentComparison comparison = fixture.service.compare(previous(), current());

        assertEquals(List.of(
                new AnswerChange("q-a1-1", "theme-a1", "delvis-ivaretatt", "ivaretatt", Kind.IMPROVED),
                new AnswerChange("q-a1-3", "theme-a1", "ivaretatt", "delvis-ivaretatt", Kind.WORSENED),
                new AnswerChange("q-a2-1", "theme-a2", "", "ivaretatt", Kind.ANSWERED),
                new AnswerChange("q-b1-1", "theme-b1", "negativ-virkning", "ikke-relevant", Kind.CHANGED),
                new AnswerChange("q-b1-2", "theme-b1", "ingen-vesentlig-virkning", "", Kind.UNANSWERED)),
                comparison.changes(), "q-a1-2 kept its option and is not listed");
    }

    @Test
    void themeScoresThatChangedAreListed() {
        AssessmentComparison comparison = fixture.service.compare(previous(), current());

        assertEquals(List.of(new ThemeChange("theme-a2", "Tema A2", OptionalDouble.empty(), OptionalDouble.of(1.0)),
                new ThemeChange("theme-b1", "Tema B1", OptionalDouble.of(0.5), OptionalDouble.empty())),
                comparison.themes(), "theme-a1 moved inside but kept its score of 0.5");
        assertEquals(OptionalDouble.empty(), comparison.themes().get(0).delta());
    }

    @Test
    void gapsThatClosedAndGapsThatOpenedAreListed() {
        AssessmentComparison comparison = fixture.service.compare(previous(), current());

        assertEquals(List.of("q-a1-1", "q-b1-1"), comparison.closedGaps().stream().map(Gap::questionId).toList());
        assertEquals(List.of("q-a1-3"), comparison.newGaps().stream().map(Gap::questionId).toList());
        assertEquals(new no.redthread.assessment.Completion(5, 6), comparison.previous().completion());
        assertEquals(new no.redthread.assessment.Completion(5, 6), comparison.current().completion());
    }

    @Test
    void aScoreDeltaIsCurrentMinusPrevious() {
        Assessment before = fixture.assessment("small", "q-a1-1=ikke-ivaretatt:Nei.");
        Assessment after = fixture.assessment("small", "q-a1-1=ivaretatt");

        ThemeChange change = fixture.service.compare(before, after).themes().get(0);
        assertEquals(OptionalDouble.of(1.0), change.delta());
    }

    @Test
    void assessmentsOfDifferentPlansAreNotCompared() {
        Assessment other = fixture.service.create(fixture.template("small"),
                Fixture.plan("plan-other", PlanKind.SAMFUNNSDEL), "Ola");

        assertThrows(IllegalArgumentException.class, () -> fixture.service.compare(previous(), other));
    }

    @Test
    void aRevisedPlanIsComparedWhenItsAssessmentNamesThePreviousOne() {
        Assessment before = previous();
        Plan revision = Fixture.plan("plan-samfunnsdel-2028", PlanKind.SAMFUNNSDEL);
        Assessment after = fixture.service.create(fixture.template("small"), revision, "Kari");
        after.setPrevious(before);
        fixture.answer(after, "q-a1-1=ivaretatt");

        assertTrue(fixture.service.compare(before, after).changes().stream()
                .anyMatch(change -> change.questionId().equals("q-a1-1") && change.kind() == Kind.IMPROVED));
    }
}
