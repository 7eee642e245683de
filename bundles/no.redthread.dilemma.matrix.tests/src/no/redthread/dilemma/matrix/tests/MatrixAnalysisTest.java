package no.redthread.dilemma.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.dilemma.matrix.Cluster;
import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.ItemFigures;
import no.redthread.dilemma.matrix.ItemRole;
import no.redthread.dilemma.matrix.Link;
import no.redthread.dilemma.matrix.MatrixAnalysis;
import no.redthread.dilemma.matrix.Role;

/** Every figure below is worked out by hand in the comments, from the formulas in docs/architecture.md. */
class MatrixAnalysisTest {

    /**
     * A→B 2, A→C −1, B→A 1, B→C 3, C→A −2. Net: A 1, B 4, C −2. Dependence: A −1, B 2, C 2.
     * Second order: A ½(2·4 + (−1)(−2)) = 5; B ½(1·1 + 3·(−2)) = −2.5; C ½(−2·1) = −1.
     * Total: A 6, B 1.5, C −3.
     */
    private static final MatrixAnalysis MIXED = MatrixAnalysis.of(List.of("A", "B", "C"), new double[][] {
            { 0, 2, -1 }, { 1, 0, 3 }, { -2, 0, 0 } });

    /**
     * P→Q 2, P→R 2, Q→P 3, R→P 2, R→S −1; S's row is empty. Net: P 4, Q 3, R 1, S 0. Dependence: P 5, Q 2, R 2,
     * S −1. Second order: P ½(2·3 + 2·1) = 4; Q ½(3·4) = 6; R ½(2·4 + (−1)·0) = 4; S 0. Total: P 8, Q 9, R 5, S 0.
     */
    private static final MatrixAnalysis EMPTY_ROW = MatrixAnalysis.of(List.of("P", "Q", "R", "S"), new double[][] {
            { 0, 2, 2, 0 }, { 3, 0, 0, 0 }, { 2, 0, 0, -1 }, { 0, 0, 0, 0 } });

    @Test
    void figuresOfAMatrixWithNegativeScores() {
        assertEquals(List.of(new ItemFigures("A", 1, 2, -1, -1, 5, 6, 1), new ItemFigures("B", 4, 4, 0, 2, -2.5, 1.5, 2),
                new ItemFigures("C", -2, 0, -2, 2, -1, -3, 3)), MIXED.figures());
    }

    @Test
    void figuresOfAMatrixWithAnEmptyRowAndItsRanking() {
        assertEquals(List.of(new ItemFigures("P", 4, 4, 0, 5, 4, 8, 2), new ItemFigures("Q", 3, 3, 0, 2, 6, 9, 1),
                new ItemFigures("R", 1, 2, -1, 2, 4, 5, 3), new ItemFigures("S", 0, 0, 0, -1, 0, 0, 4)),
                EMPTY_ROW.figures());
        assertEquals(List.of("Q", "P", "R", "S"), EMPTY_ROW.ranking().stream().map(ItemFigures::id).toList());
    }

    @Test
    void equalTotalsShareARankAndTheNextRankIsSkipped() {
        // X↔Y 1: net 1 each, second order ½(1·1) = 0.5, total 1.5 each; Z has nothing: total 0
        MatrixAnalysis tie = MatrixAnalysis.of(List.of("X", "Y", "Z"), new double[][] {
                { 0, 1, 0 }, { 1, 0, 0 }, { 0, 0, 0 } });
        assertEquals(List.of(1, 1, 3), tie.figures().stream().map(ItemFigures::rank).toList());
        assertEquals(1.5, tie.figures().get(1).total());
    }

    @Test
    void strongestPositiveAndNegativeLinks() {
        assertEquals(List.of(new Link("B", "C", 3), new Link("A", "B", 2)), MIXED.strongestPositive(2));
        assertEquals(List.of(new Link("B", "C", 3), new Link("A", "B", 2), new Link("B", "A", 1)),
                MIXED.strongestPositive(10));
        assertEquals(List.of(new Link("C", "A", -2), new Link("A", "C", -1)), MIXED.strongestNegative(10));
        assertEquals(List.of(new Link("P", "Q", 2), new Link("P", "R", 2)),
                EMPTY_ROW.strongestPositive(3).subList(1, 3), "equal scores in row-major order after Q→P 3");
    }

    @Test
    void vesterRolesFromAbsoluteActiveAndPassiveSumsAgainstTheirMean() {
        // |A|: active A 3, B 4, C 2; passive A 3, B 2, C 4; mean 9/3 = 3; above the mean is high
        assertEquals(List.of(new ItemRole("A", 3, 3, Role.BUFFERING), new ItemRole("B", 4, 2, Role.ACTIVE),
                new ItemRole("C", 2, 4, Role.REACTIVE)), MIXED.roles());
        // active P 4, Q 3, R 3, S 0; passive P 5, Q 2, R 2, S 1; mean 10/4 = 2.5
        assertEquals(List.of(Role.CRITICAL, Role.ACTIVE, Role.ACTIVE, Role.BUFFERING),
                EMPTY_ROW.roles().stream().map(ItemRole::role).toList());
    }

    @Test
    void clustersJoinItemsThatReinforceEachOtherByTwoOrMoreBothWays() {
        // P↔Q (2, 3) and P↔R (2, 2) are mutual; Q and R are joined through P; R↔S is not
        assertEquals(List.of(new Cluster(List.of("P", "Q", "R"))), EMPTY_ROW.clusters());
        // A↔B is 2 one way and 1 back: not mutual
        assertTrue(MIXED.clusters().isEmpty());
        MatrixAnalysis two = MatrixAnalysis.of(List.of("a", "b", "c", "d"), new double[][] {
                { 0, 0, 0, 3 }, { 0, 0, 2, 0 }, { 0, 2, 0, 0 }, { 2, 0, 0, 0 } });
        assertEquals(List.of(new Cluster(List.of("a", "d")), new Cluster(List.of("b", "c"))), two.clusters());
    }

    @Test
    void analysesTheGroupMediansWithHalfSteps() {
        // A→B medians of 1 and 2 = 1.5; B→A medians of −3 and 1 = −1. Net A 1.5, B −1;
        // second order A ½(1.5·(−1)) = −0.75, B ½(−1·1.5) = −0.75; total A 0.75, B −1.75
        InteractionMatrix matrix = InteractionMatrix.builder(List.of("A", "B")).score("p1", "A", "B", 1, "")
                .score("p2", "A", "B", 2, "").score("p1", "B", "A", -3, "").score("p2", "B", "A", 1, "").build();
        assertEquals(List.of(new ItemFigures("A", 1.5, 1.5, 0, -1, -0.75, 0.75, 1),
                new ItemFigures("B", -1, 0, -1, 1.5, -0.75, -1.75, 2)), MatrixAnalysis.of(matrix).figures());
    }

    @Test
    void refusesAMatrixThatIsNotSquareOverItsItems() {
        assertThrows(IllegalArgumentException.class,
                () -> MatrixAnalysis.of(List.of("A", "B"), new double[][] { { 0, 1 }, { 1 } }));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixAnalysis.of(List.of("A"), new double[][] { { 0, 1 }, { 1, 0 } }));
    }
}
