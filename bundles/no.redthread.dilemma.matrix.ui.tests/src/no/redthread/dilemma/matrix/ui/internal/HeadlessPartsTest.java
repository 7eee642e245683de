package no.redthread.dilemma.matrix.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** The parts of the editor that need no display: typing, score text, the layout, the message files. */
class HeadlessPartsTest {

    @Test
    void typingTurnsKeysIntoScores() {
        CellEntry entry = new CellEntry();
        assertEquals(OptionalInt.of(3), entry.type('3'));
        assertEquals(OptionalInt.empty(), entry.type('-'));
        assertTrue(entry.pendingMinus());
        assertEquals(OptionalInt.of(-2), entry.type('2'));
        assertEquals(OptionalInt.empty(), entry.type('4'), "4 is off the scale");
        entry.type('-');
        assertEquals(OptionalInt.empty(), entry.type('x'));
        assertEquals(OptionalInt.of(1), entry.type('1'), "another key forgets the minus");
    }

    @Test
    void scoresAreWrittenWithSignsAndHalfSteps() {
        assertEquals("+2", ScoreText.format(2));
        assertEquals("\u22123", ScoreText.format(-3));
        assertEquals("0", ScoreText.format(0));
        assertEquals("+1\u00bd", ScoreText.format(1.5));
        assertEquals("\u2212\u00bd", ScoreText.format(-0.5));
    }

    @Test
    void linkedItemsEndUpCloserThanUnlinkedOnes() {
        double[][] weights = new double[6][6];
        weights[0][1] = 1;
        weights[1][2] = 1;
        weights[3][4] = 1;
        double[][] at = NetworkLayout.layout(weights);
        double linked = Math.hypot(at[0][0] - at[1][0], at[0][1] - at[1][1]);
        double unlinked = Math.hypot(at[0][0] - at[5][0], at[0][1] - at[5][1]);
        assertTrue(linked < unlinked, linked + " ≥ " + unlinked);
        for (double[] p : at) {
            assertTrue(p[0] >= 0 && p[0] <= 1 && p[1] >= 0 && p[1] <= 1, "inside the unit square");
        }
    }

    @Test
    void oneLinkAmongSixItemsSpreadsThemOverThePictureAndKeepsThePairApart() {
        double[][] weights = new double[6][6];
        weights[0][1] = 2.0 / 3;
        double[][] at = NetworkLayout.layout(weights);
        long columns = java.util.Arrays.stream(at).mapToLong(p -> Math.round(p[0] * 10)).distinct().count();
        long rows = java.util.Arrays.stream(at).mapToLong(p -> Math.round(p[1] * 10)).distinct().count();
        assertTrue(columns >= 3 && rows >= 3, "not one column or row: " + java.util.Arrays.deepToString(at));
        assertTrue(Math.hypot(at[0][0] - at[1][0], at[0][1] - at[1][1]) > 0.05, "the linked pair drawn apart");
    }

    @Test
    void netAndSecondOrderStackOnTheSideOfTheirSign() {
        assertEquals(new StackedBar(0, 2, 2, 3), StackedBar.of(2, 1), "both positive: second order after net");
        assertEquals(new StackedBar(0, -2, -2, -3), StackedBar.of(-2, -1), "both negative: to the left");
        assertEquals(new StackedBar(0, -2, 0, 1), StackedBar.of(-2, 1), "mixed: each on its own side of zero");
        assertEquals(-2, StackedBar.of(-2, 1).lowest());
        assertEquals(1, StackedBar.of(-2, 1).highest());
    }

    @Test
    void everyLanguageHasEveryText() throws IOException {
        Properties english = load("messages.properties");
        for (String language : new String[] { "messages_nb.properties", "messages_nn.properties" }) {
            Properties translated = load(language);
            assertEquals(english.keySet(), translated.keySet(), language);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
