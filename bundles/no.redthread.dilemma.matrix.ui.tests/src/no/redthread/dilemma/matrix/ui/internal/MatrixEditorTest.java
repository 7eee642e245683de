package no.redthread.dilemma.matrix.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.matrix.MatrixCsvException;
import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;

/** The matrix editor on a real shell: typing scores, reasons, the read-only median, undo, CSV in and out. */
class MatrixEditorTest {

    @TempDir
    Path folder;

    private MatrixFixture fixture;
    private MatrixSession session;
    private MatrixPart part;
    private TestSite site;
    private String first;

    @BeforeEach
    void open() {
        fixture = new MatrixFixture();
        session = new MatrixSession();
        site = new TestSite(fixture.shell);
        part = new MatrixPart(session, site);
        part.createControl(fixture.shell);
        fixture.open();
        first = Messages.get("participant.first");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Optional<Score> score(String row, String column) {
        return session.document().score(first, row, column);
    }

    @Test
    void scoresAreTypedAndUndone() {
        Canvas canvas = part.canvas().control();
        fixture.type(canvas, "2");
        assertEquals(2, score("1", "2").orElseThrow().value(), "the cursor starts on 1 → 2");
        fixture.key(canvas, SWT.ARROW_RIGHT, '\0');
        fixture.type(canvas, "-3");
        assertEquals(-3, score("1", "3").orElseThrow().value(), "'-' then a digit is negative");
        fixture.key(canvas, SWT.ARROW_DOWN, '\0');
        fixture.key(canvas, SWT.ARROW_LEFT, '\0');
        fixture.type(canvas, "7x1");
        assertTrue(part.status().getText().contains(Messages.get("matrix.diagonal")), part.status().getText());
        fixture.key(canvas, SWT.ARROW_LEFT, '\0');
        fixture.type(canvas, "1");
        assertEquals(1, score("2", "1").orElseThrow().value());
        assertTrue(part.status().getText().startsWith("2 → 1: +1"), part.status().getText());

        var undo = part.undoContext();
        assertEquals(Messages.get("matrix.undoScore", "2", "1"), undo.undoLabel());
        undo.undo();
        assertTrue(score("2", "1").isEmpty());
        undo.undo();
        assertTrue(score("1", "3").isEmpty());
        assertEquals(2, score("1", "2").orElseThrow().value());
        undo.redo();
        assertEquals(-3, score("1", "3").orElseThrow().value());
        fixture.key(canvas, SWT.ARROW_UP, '\0');
        fixture.key(canvas, SWT.ARROW_RIGHT, '\0');
        fixture.key(canvas, SWT.DEL, '\0');
        assertTrue(score("1", "2").isEmpty(), "Delete clears the cell under the cursor");
    }

    @Test
    void enterAsksForTheReasonAndKeepsTheScore() {
        Canvas canvas = part.canvas().control();
        part.setReasons((shell, title, reason) -> Optional.of("  Mer kollektivtrafikk gir mindre utslipp "));
        fixture.key(canvas, SWT.CR, '\r');
        assertTrue(score("1", "2").isEmpty(), "no reason before a score");
        assertEquals(Messages.get("matrix.reasonFirst"), part.status().getText());
        fixture.type(canvas, "3");
        fixture.key(canvas, SWT.CR, '\r');
        assertEquals(new Score(3, "Mer kollektivtrafikk gir mindre utslipp"), score("1", "2").orElseThrow());
        fixture.type(canvas, "2");
        assertEquals(new Score(2, "Mer kollektivtrafikk gir mindre utslipp"), score("1", "2").orElseThrow(),
                "a new score keeps the reason");
        assertTrue(part.describe(0, 1).contains("Begrunnelse: Mer kollektivtrafikk") || !isBokmaal());
    }

    @Test
    void theMedianIsReadOnlyAndDisagreementsAreFlagged() {
        MatrixDocument document = session.document();
        document.edit("two", List.of(new MatrixDocument.Edit(first, "1", "2", new Score(-1, "")),
                new MatrixDocument.Edit("Deltaker 2", "1", "2", new Score(3, ""))));
        fixture.flush();
        part.choose(null);
        Canvas canvas = part.canvas().control();
        fixture.type(canvas, "0");
        assertEquals(-1, score("1", "2").orElseThrow().value(), "the median layer takes no scores");
        assertEquals(Messages.get("matrix.readOnly"), part.status().getText());
        String median = part.describe(0, 1);
        assertTrue(median.startsWith("1 → 2: +1 "), median);
        assertTrue(median.endsWith(Messages.get("matrix.disagreement")), median);
    }

    @Test
    void aLayerGoesToCsvAndComesBack() throws Exception {
        MatrixFixture.fill(session.document(), 1, 7);
        Path file = folder.resolve("Kari.csv");
        MatrixFiles.save(session.document(), first, file);
        assertEquals("Kari", MatrixFiles.open(session, file));
        fixture.flush();
        MatrixDocument document = session.document();
        assertTrue(document.participants().contains("Kari"));
        for (String row : document.items()) {
            for (String column : document.items()) {
                if (!row.equals(column)) {
                    assertEquals(document.score(first, row, column).map(Score::value),
                            document.score("Kari", row, column).map(Score::value), row + " → " + column);
                }
            }
        }
        part.choose("Kari");
        document.undoContext().undo();
        assertFalse(session.document().participants().contains("Kari"), "the import is one undoable step");
    }

    @Test
    void aMalformedCsvIsRefusedWithItsPlaceAndChangesNothing() throws Exception {
        fixture.type(part.canvas().control(), "2");
        Path file = folder.resolve("Ola.csv");
        Files.writeString(file, ",1,2\r\n1,,4\r\n2,1,\r\n", StandardCharsets.UTF_8);
        MatrixCsvException refused = assertThrows(MatrixCsvException.class, () -> MatrixFiles.open(session, file));
        assertEquals(2, refused.row());
        assertEquals(3, refused.column());
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertEquals(List.of(first), session.document().participants());
        assertEquals(2, score("1", "2").orElseThrow().value());
    }

    @Test
    void aCsvOverOtherItemsOpensAsANewMatrix() throws Exception {
        Path file = folder.resolve("Team.csv");
        Files.writeString(file, ",3.9,11.2\r\n3.9,,2\r\n11.2,-1,\r\n", StandardCharsets.UTF_8);
        MatrixFiles.open(session, file);
        fixture.flush();
        assertEquals(List.of("3.9", "11.2"), session.document().items());
        assertEquals(-1, session.document().score("Team", "11.2", "3.9").orElseThrow().value());
    }

    private static boolean isBokmaal() {
        return Messages.get("matrix.part").equals("Samspillsmatrise");
    }
}
