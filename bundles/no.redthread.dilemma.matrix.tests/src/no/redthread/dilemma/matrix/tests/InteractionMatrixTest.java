package no.redthread.dilemma.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import no.redthread.dilemma.matrix.Disagreement;
import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.Score;

class InteractionMatrixTest {

    private static final List<String> ITEMS = List.of("7.2", "15.1", "11.7");

    @Test
    void theMedianOfAnOddNumberOfScoresIsTheMiddleOne() {
        InteractionMatrix matrix = InteractionMatrix.builder(ITEMS).score("Kari", "7.2", "15.1", 3, "")
                .score("Ola", "7.2", "15.1", -1, "").score("Per", "7.2", "15.1", 2, "").build();
        assertEquals(OptionalDouble.of(2), matrix.median("7.2", "15.1"));
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheTwoMiddleOnesAndMayBeAHalfStep() {
        InteractionMatrix matrix = InteractionMatrix.builder(ITEMS).score("a", "7.2", "15.1", -3, "")
                .score("b", "7.2", "15.1", 0, "").score("c", "7.2", "15.1", 1, "")
                .score("d", "7.2", "15.1", 3, "").score("a", "15.1", "7.2", 1, "").score("b", "15.1", "7.2", 2, "")
                .build();
        assertEquals(OptionalDouble.of(0.5), matrix.median("7.2", "15.1"));
        assertEquals(OptionalDouble.of(1.5), matrix.median("15.1", "7.2"));
    }

    @Test
    void aCellNobodyScoredHasNoMedianAndCountsAsZeroInTheGroupMatrix() {
        InteractionMatrix matrix = InteractionMatrix.builder(ITEMS).score("a", "7.2", "11.7", -2, "").build();
        assertTrue(matrix.median("11.7", "7.2").isEmpty());
        assertEquals(OptionalDouble.of(-2), matrix.median("7.2", "11.7"), "one participant's score is the median");
        assertArrayEquals(new double[] { 0, 0, -2 }, matrix.groupScores()[0]);
        assertArrayEquals(new double[] { 0, 0, 0 }, matrix.groupScores()[2]);
    }

    @Test
    void scoresThreeOrMoreApartAreFlaggedAndTwoApartAreNot() {
        InteractionMatrix matrix = InteractionMatrix.builder(ITEMS)
                .score("a", "7.2", "15.1", 0, "").score("b", "7.2", "15.1", 3, "").score("c", "7.2", "15.1", 1, "")
                .score("a", "15.1", "11.7", -1, "").score("b", "15.1", "11.7", 1, "")
                .score("a", "11.7", "7.2", -3, "").score("b", "11.7", "7.2", 2, "")
                .score("a", "11.7", "15.1", 3, "").build();
        assertEquals(List.of(new Disagreement("7.2", "15.1", 0, 3), new Disagreement("11.7", "7.2", -3, 2)),
                matrix.disagreements());
        assertEquals(5, matrix.disagreements().get(1).spread());
    }

    @Test
    void keepsEachParticipantsScoreWithItsReasonAndTheOrderParticipantsCameIn() {
        InteractionMatrix matrix = InteractionMatrix.builder(ITEMS).score("Ola", "7.2", "15.1", -2, "vindkraft på myr")
                .score("Kari", "7.2", "15.1", 1, null).score("Ola", "7.2", "15.1", -3, "arealbeslag").build();
        assertEquals(List.of("Ola", "Kari"), matrix.participants());
        assertEquals(new Score(-3, "arealbeslag"), matrix.score("Ola", "7.2", "15.1").orElseThrow());
        assertEquals(new Score(1, ""), matrix.score("Kari", "7.2", "15.1").orElseThrow());
        assertTrue(matrix.score("Kari", "15.1", "7.2").isEmpty());
        assertTrue(matrix.score("Nobody", "7.2", "15.1").isEmpty());
        assertEquals(List.of("Ola", "Kari"), List.copyOf(matrix.scores("7.2", "15.1").keySet()));
        assertEquals(new Score(-3, "arealbeslag"), matrix.scores("7.2", "15.1").get("Ola"));
        assertTrue(matrix.scores("15.1", "7.2").isEmpty());
    }

    @Test
    void aBuiltMatrixDoesNotChangeWhenItsBuilderGoesOn() {
        InteractionMatrix.Builder builder = InteractionMatrix.builder(ITEMS).score("a", "7.2", "15.1", 1, "");
        InteractionMatrix first = builder.build();
        builder.score("a", "7.2", "15.1", -1, "");
        assertEquals(OptionalDouble.of(1), first.median("7.2", "15.1"));
        assertEquals(OptionalDouble.of(-1), builder.build().median("7.2", "15.1"));
    }

    @Test
    void refusesScoresOutsideTheScaleOnTheDiagonalOrForUnknownItems() {
        InteractionMatrix.Builder builder = InteractionMatrix.builder(ITEMS);
        assertThrows(IllegalArgumentException.class, () -> builder.score("a", "7.2", "15.1", 4, ""));
        assertThrows(IllegalArgumentException.class, () -> builder.score("a", "7.2", "15.1", -4, ""));
        assertThrows(IllegalArgumentException.class, () -> builder.score("a", "7.2", "7.2", 1, ""));
        assertThrows(IllegalArgumentException.class, () -> builder.score("a", "7.2", "1.1", 1, ""));
        assertThrows(IllegalArgumentException.class, () -> InteractionMatrix.builder(List.of("1.1", "1.1")));
        assertTrue(builder.build().participants().isEmpty(), "nothing refused was kept");
    }
}
