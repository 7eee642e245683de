package no.redthread.dilemma.sessions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.matrix.MatrixCsvException;
import no.redthread.dilemma.sessions.ScoreCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.SessionMatrices;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Score;
import no.redthread.dilemma.sessions.model.Session;

/** Scores are set, replaced and cleared undoably; a CSV file imports as one command, a faulty one changes nothing. */
class ScoreCommandsTest {

    @TempDir
    Path folder;

    private TestWorkspace test;
    private EditingDomain domain;
    private CommandStack stack;
    private Session session;
    private Participant kari;

    @BeforeEach
    void open() throws Exception {
        test = new TestWorkspace(folder.resolve("osen"), "nb-NO");
        domain = test.domain();
        stack = test.workspace.commandStack();
        session = test.execute(SessionCommands.create(domain, test.windPower, "Vindkraft", null), Session.class);
        for (String item : List.of("7.2", "13.2", "15.5")) {
            test.execute(SessionCommands.addMatrixItem(domain, session, item, item, null));
        }
        kari = test.execute(SessionCommands.addParticipant(domain, session, "Kari", null, null), Participant.class);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void setReplaceAndClearAScore() {
        test.execute(ScoreCommands.set(domain, session, kari, "7.2", "15.5", -2, "arealbeslag"));
        assertEquals("Sett vurdering", stack.getUndoCommand().getLabel());
        Score score = only();
        assertEquals(-2, score.getValue());
        assertEquals("arealbeslag", score.getReason());
        assertSame(kari, score.getParticipant());

        test.execute(ScoreCommands.set(domain, session, kari, "7.2", "15.5", -3, "tap av beite"));
        assertSame(score, only(), "one score per participant and cell");
        assertEquals(-3, score.getValue());
        stack.undo();
        assertEquals(-2, score.getValue());
        assertEquals("arealbeslag", score.getReason());

        test.execute(ScoreCommands.clear(domain, session, kari, "7.2", "15.5"));
        assertEquals("Fjern vurdering", stack.getUndoCommand().getLabel());
        assertEquals(List.of(), session.getMatrix().getScores());
        stack.undo();
        assertSame(score, only());
        stack.redo();
        assertEquals(List.of(), session.getMatrix().getScores());
        assertFalse(ScoreCommands.clear(domain, session, kari, "7.2", "15.5").canExecute(), "nothing to clear");
    }

    @Test
    void scoresOutsideTheScaleOrTheMatrixAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScoreCommands.set(domain, session, kari, "7.2", "15.5", 4, null));
        assertThrows(IllegalArgumentException.class, () -> ScoreCommands.set(domain, session, kari, "7.2", "1.1", 1, null));
        assertThrows(IllegalArgumentException.class, () -> ScoreCommands.set(domain, session, kari, "7.2", "7.2", 1, null));
    }

    @Test
    void aCsvFileImportsAsOneCommandKeepingReasons() throws Exception {
        test.execute(ScoreCommands.set(domain, session, kari, "7.2", "13.2", 1, "mindre utslipp"));
        test.execute(ScoreCommands.set(domain, session, kari, "13.2", "7.2", 1, "tas bort av fila"));
        Path file = csv("kari.csv", ";7.2;13.2;15.5", "7.2;;+2;−3", "13.2;;;", "15.5;0;;");

        test.execute(ScoreCommands.importCsv(domain, session, kari, file));
        assertEquals("Importer matrisevurderinger", stack.getUndoCommand().getLabel());
        assertEquals(2, SessionMatrices.score(session.getMatrix(), kari, "7.2", "13.2").orElseThrow().getValue());
        assertEquals("mindre utslipp", SessionMatrices.score(session.getMatrix(), kari, "7.2", "13.2").orElseThrow().getReason());
        assertEquals(-3, SessionMatrices.score(session.getMatrix(), kari, "7.2", "15.5").orElseThrow().getValue());
        assertEquals(0, SessionMatrices.score(session.getMatrix(), kari, "15.5", "7.2").orElseThrow().getValue());
        assertTrue(SessionMatrices.score(session.getMatrix(), kari, "13.2", "7.2").isEmpty(), "empty in the file");
        assertEquals(3, session.getMatrix().getScores().size());

        stack.undo();
        assertEquals(2, session.getMatrix().getScores().size(), "one undo takes the whole import back");
        assertEquals(1, SessionMatrices.score(session.getMatrix(), kari, "7.2", "13.2").orElseThrow().getValue());
        assertEquals("tas bort av fila", SessionMatrices.score(session.getMatrix(), kari, "13.2", "7.2").orElseThrow().getReason());
    }

    @Test
    void aFaultyCsvFileChangesNothing() throws Exception {
        test.execute(ScoreCommands.set(domain, session, kari, "7.2", "13.2", 1, "mindre utslipp"));
        var before = stack.getUndoCommand();
        Path file = csv("feil.csv", ",7.2,13.2", "7.2,,2", "13.2,9,");

        MatrixCsvException fault = assertThrows(MatrixCsvException.class,
                () -> ScoreCommands.importCsv(domain, session, kari, file));
        assertEquals(file, fault.file());
        assertEquals(3, fault.row());
        assertSame(before, stack.getUndoCommand(), "no command was executed");
        assertEquals(1, only().getValue());
        assertEquals("mindre utslipp", only().getReason());
    }

    private Score only() {
        assertEquals(1, session.getMatrix().getScores().size());
        return session.getMatrix().getScores().get(0);
    }

    private Path csv(String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
