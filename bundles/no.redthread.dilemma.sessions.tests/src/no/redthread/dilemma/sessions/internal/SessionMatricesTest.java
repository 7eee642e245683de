package no.redthread.dilemma.sessions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.matrix.Disagreement;
import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.MatrixAnalysis;
import no.redthread.dilemma.sessions.ScoreCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.SessionMatrices;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.dilemma.sessions.model.SessionsFactory;

/** A session's scores become an InteractionMatrix: group medians, disagreements, and the analysis runs on it. */
class SessionMatricesTest {

    @TempDir
    Path folder;

    private TestWorkspace test;
    private EditingDomain domain;
    private Session session;

    @BeforeEach
    void open() throws Exception {
        test = new TestWorkspace(folder.resolve("osen"), "nb-NO");
        domain = test.domain();
        session = test.execute(SessionCommands.create(domain, test.windPower, "Vindkraft", null), Session.class);
        for (String item : List.of("7.2", "13.2", "15.5")) {
            test.execute(SessionCommands.addMatrixItem(domain, session, item, item, null));
        }
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void mediansAndDisagreementsComeFromEveryParticipantsScores() {
        Participant a = participant("A");
        Participant b = participant("B");
        Participant c = participant("C");
        score(a, "7.2", "15.5", -3, "beite går tapt");
        score(b, "7.2", "15.5", 1, "avbøtende tiltak");
        score(c, "7.2", "15.5", -1, null);
        score(a, "7.2", "13.2", 2, null);
        score(b, "7.2", "13.2", 3, null);

        InteractionMatrix matrix = SessionMatrices.toInteractionMatrix(session);
        assertEquals(List.of("7.2", "13.2", "15.5"), matrix.items());
        assertEquals(List.of(a.getId(), b.getId(), c.getId()), matrix.participants());
        assertEquals(-1.0, matrix.median("7.2", "15.5").getAsDouble());
        assertEquals(2.5, matrix.median("7.2", "13.2").getAsDouble(), "the mean of the two middle scores");
        assertTrue(matrix.median("13.2", "7.2").isEmpty());
        assertEquals("beite går tapt", matrix.score(a.getId(), "7.2", "15.5").orElseThrow().reason());
        assertEquals(List.of(new Disagreement("7.2", "15.5", -3, 1)), matrix.disagreements());
        assertEquals(3, MatrixAnalysis.of(matrix).figures().size());
    }

    @Test
    void aScoreThatCannotBePartOfAMatrixIsLeftOutOfTheView() {
        Participant a = participant("A");
        score(a, "7.2", "15.5", 2, null);
        var stray = SessionsFactory.eINSTANCE.createScore();
        stray.setRow("7.2");
        stray.setColumn("gone");
        stray.setParticipant(a);
        stray.setValue(1);
        session.getMatrix().getScores().add(stray); // as in a file edited by hand
        assertEquals(2.0, SessionMatrices.toInteractionMatrix(session).median("7.2", "15.5").getAsDouble());
        assertEquals(2, session.getMatrix().getScores().size(), "the model keeps it");
    }

    @Test
    void aSessionWithoutMatrixIsRefused() {
        session.setMatrix(null);
        assertThrows(IllegalArgumentException.class, () -> SessionMatrices.toInteractionMatrix(session));
    }

    private Participant participant(String name) {
        return test.execute(SessionCommands.addParticipant(domain, session, name, null, null), Participant.class);
    }

    private void score(Participant participant, String row, String column, int value, String reason) {
        test.execute(ScoreCommands.set(domain, session, participant, row, column, value, reason));
    }
}
