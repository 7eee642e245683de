package no.redthread.dilemma.sessions.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;
import no.redthread.dilemma.matrix.ui.ShownMatrix;
import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;

/**
 * The matrix editor's document is the chosen session's matrix: scores entered there are the session's, undone by the
 * workbench's Undo, and the editor lets the session go when it leaves the workspace.
 */
class SessionMatrixTest {

    @TempDir
    Path folder;

    private SessionFixture fixture;
    private ShownMatrix shown;

    @BeforeEach
    void open() throws Exception {
        fixture = new SessionFixture(folder);
        shown = fixture.service(ShownMatrix.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theChosenSessionsScoresAreWhatTheMatrixEditorEdits() {
        Session session = newSessionWith("Kari");
        Participant kari = session.getParticipants().get(0);
        MatrixDocument document = shown.document();
        assertInstanceOf(SessionMatrixDocument.class, document);
        assertEquals(List.of(kari.getId()), document.participants());
        assertEquals("Kari", document.participantName(kari.getId()));
        List<String> items = document.items();
        assertTrue(items.size() >= 2, "the scenario's targets are the items: " + items);

        document.edit("skår", List.of(new MatrixDocument.Edit(kari.getId(), items.get(0), items.get(1),
                new Score(-2, "beslaglegger areal"))));
        assertEquals(1, session.getMatrix().getScores().size());
        assertEquals(-2, session.getMatrix().getScores().get(0).getValue());
        assertEquals("beslaglegger areal", document.score(kari.getId(), items.get(0), items.get(1)).orElseThrow()
                .reason());
        assertEquals(-2.0, document.matrix().median(items.get(0), items.get(1)).orElseThrow());

        fixture.undo.undo();
        assertTrue(session.getMatrix().getScores().isEmpty(), "the workbench's Undo takes the score back");
        assertTrue(document.score(kari.getId(), items.get(0), items.get(1)).isEmpty());
        fixture.undo.redo();
        assertEquals(-2, document.score(kari.getId(), items.get(0), items.get(1)).orElseThrow().value());
    }

    @Test
    void aLayerForSomeoneNewAddsThemToTheSessionInTheSameStep() {
        Session session = newSessionWith("Kari");
        MatrixDocument document = shown.document();
        List<String> items = document.items();
        document.edit("import", List.of(new MatrixDocument.Edit("Ola", items.get(1), items.get(0), new Score(3, null))));
        assertEquals(List.of("Kari", "Ola"), session.getParticipants().stream().map(Participant::getName).toList());
        String ola = session.getParticipants().get(1).getId();
        assertEquals(3, document.score(ola, items.get(1), items.get(0)).orElseThrow().value());

        fixture.undo.undo();
        assertEquals(1, session.getParticipants().size(), "one undo takes both the layer and its scores");
        assertTrue(session.getMatrix().getScores().isEmpty());
    }

    @Test
    void aSessionThatLeavesTheWorkspaceIsLetGoAndShownAgainOnRedo() {
        Session session = newSessionWith("Kari");
        MatrixDocument document = shown.document();
        fixture.undo.undo(); // the participant
        fixture.undo.undo(); // the session
        fixture.flush();
        assertNotSame(document, shown.document(), "the editor no longer shows a session that is not there");
        fixture.undo.redo();
        fixture.flush();
        assertSame(session, ((SessionMatrixDocument) shown.document()).session());

        fixture.workspaces.close();
        fixture.flush();
        assertTrue(!(shown.document() instanceof SessionMatrixDocument), "closing the workspace lets it go");
    }

    @Test
    void theMatrixItemsTabAddsFromTheCatalogueAndRemovesAnItemWithItsScores() {
        Session session = newSessionWith("Kari");
        MatrixItemsPanel items = fixture.part.items();
        int before = session.getMatrix().getItems().size();
        assertEquals(before, items.table().getTable().getItemCount(), "the scenario's targets are listed");
        String first = session.getMatrix().getItems().get(0).getId();
        assertTrue(items.table().getTable().getItem(0).getText(1).startsWith(first + " ")
                && items.table().getTable().getItem(0).getText(1).length() > first.length() + 5,
                "named from the catalogue, not by id alone: " + items.table().getTable().getItem(0).getText(1));
        MatrixItemChoices.Choice choice = items.choices(session).stream().filter(c -> c.id().equals("13.2"))
                .findFirst().orElseGet(() -> items.choices(session).get(0));
        assertTrue(choice.label().startsWith(choice.id() + " "), "a target is offered by code and text: " + choice);
        items.add(choice);
        fixture.flush();
        assertEquals(before + 1, items.table().getTable().getItemCount());
        assertTrue(shown.document().items().contains(choice.id()), "the matrix editor has the new item at once");

        Participant kari = session.getParticipants().get(0);
        shown.document().edit("skår", List.of(new MatrixDocument.Edit(kari.getId(), choice.id(),
                shown.document().items().get(0), new Score(1, null))));
        items.table().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                session.getMatrix().getItems().get(before)));
        items.removeSelected();
        fixture.flush();
        assertEquals(before, session.getMatrix().getItems().size());
        assertTrue(session.getMatrix().getScores().isEmpty(), "its score goes with it");
        fixture.undo.undo();
        assertEquals(before + 1, session.getMatrix().getItems().size());
        assertEquals(1, session.getMatrix().getScores().size());
    }

    private Session newSessionWith(String participant) {
        fixture.part.newSession();
        fixture.flush();
        Session session = DilemmaSessions.register(fixture.workspace.resourceSet()).orElseThrow().getSessions().get(0);
        fixture.workspace.editingDomain().getCommandStack().execute(SessionCommands.addParticipant(
                fixture.workspace.editingDomain(), session, participant, "rådgiver", "plan"));
        fixture.flush();
        assertSame(session, fixture.chosen.get());
        return session;
    }
}
