package no.redthread.dilemma.sessions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.FindingDraft;
import no.redthread.dilemma.sessions.ScoreCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.SessionMatrices;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.MatrixItemKind;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Phase;
import no.redthread.dilemma.sessions.model.PhaseKind;
import no.redthread.dilemma.sessions.model.Session;

/** Sessions, participants and phases change through labelled commands that undo and redo, on a shipped scenario. */
class SessionCommandsTest {

    @TempDir
    Path folder;

    private TestWorkspace test;
    private EditingDomain domain;
    private CommandStack stack;

    @BeforeEach
    void open() throws Exception {
        test = new TestWorkspace(folder.resolve("osen"), "nb-NO");
        domain = test.domain();
        stack = test.workspace.commandStack();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aSessionOnAShippedScenarioHasItsQuestionsAsDiscussionPhasesAndItsTargetsAsItems() {
        Scenario fosen = Services.get(ScenarioLibrary.class).scenario("fosen-vindkraft-reindrift").orElseThrow();
        Session session = test.execute(SessionCommands.create(domain, fosen, MatrixItemKind.SDG_TARGETS,
                LocalDate.of(2026, 5, 4)), Session.class);

        assertEquals("Ny dilemmaøkt", stack.getUndoCommand().getLabel());
        assertEquals(List.of(session), test.register().getSessions());
        assertEquals(fosen.title(), session.getTitle());
        assertEquals("fosen-vindkraft-reindrift", session.getScenarioId());
        assertEquals(LocalDate.of(2026, 5, 4), session.getDate());
        List<PhaseKind> kinds = session.getPhases().stream().map(Phase::getKind).toList();
        assertEquals(fosen.questions().size() + 3, kinds.size());
        assertEquals(PhaseKind.INTRODUCTION, kinds.get(0));
        assertEquals(PhaseKind.REFLECTION, kinds.get(1));
        assertEquals(PhaseKind.CONCLUSION, kinds.get(kinds.size() - 1));
        assertEquals(fosen.questions(), session.getPhases().subList(2, kinds.size() - 1).stream()
                .peek(phase -> assertEquals(PhaseKind.DISCUSSION, phase.getKind())).map(Phase::getQuestion).toList());
        assertEquals(MatrixItemKind.SDG_TARGETS, session.getMatrix().getItemKind());
        assertEquals(List.copyOf(fosen.sdgTargets()), SessionMatrices.itemIds(session.getMatrix()));
        assertTrue(SessionMatrices.itemIds(session.getMatrix()).containsAll(List.of("7.2", "15.5")));

        stack.undo();
        assertEquals(List.of(), test.register().getSessions());
        stack.redo();
        assertEquals(List.of(session), test.register().getSessions());
        assertThrows(IllegalArgumentException.class,
                () -> SessionCommands.create(domain, fosen, MatrixItemKind.PLAN_OBJECTS, null));
    }

    @Test
    void aSessionOnOwnCaseRefersToThePlanObjectAndTakesItsItems() {
        Session session = test.execute(SessionCommands.create(domain, test.windPower, "Vindkraft eller natur?",
                LocalDate.of(2026, 6, 1)), Session.class);
        assertEquals("Ny dilemmaøkt om egen sak", stack.getUndoCommand().getLabel());
        assertSame(test.windPower, session.getCaseObject());
        assertNull(session.getScenarioId());
        assertEquals(List.of(PhaseKind.INTRODUCTION, PhaseKind.REFLECTION, PhaseKind.DISCUSSION, PhaseKind.CONCLUSION),
                session.getPhases().stream().map(Phase::getKind).toList());

        test.execute(SessionCommands.addMatrixItem(domain, session, "measure-wind", "Vindkraft", test.windPower));
        test.execute(SessionCommands.addMatrixItem(domain, session, "goal-nature", "Natur", test.nature));
        assertEquals("Legg til matriseelement", stack.getUndoCommand().getLabel());
        assertEquals(List.of("measure-wind", "goal-nature"), SessionMatrices.itemIds(session.getMatrix()));
        assertSame(test.nature, session.getMatrix().getItems().get(1).getPlanObject());
        assertThrows(IllegalArgumentException.class,
                () -> SessionCommands.addMatrixItem(domain, session, "goal-nature", "igjen", null));
        stack.undo();
        assertEquals(List.of("measure-wind"), SessionMatrices.itemIds(session.getMatrix()));
    }

    @Test
    void aSessionWithAFirstFindingIsOneCommand() {
        FindingDraft draft = new FindingDraft(FindingKind.CONFLICT, "Klima trekker begge veier", List.of("theme-climate"),
                List.of("theme-climate", "13.2"), List.of(test.windPower, test.nature));
        Session session = test.execute(SessionCommands.create(domain, test.plan, "Klima", null, draft), Session.class);
        assertEquals("Ny dilemmaøkt om egen sak", stack.getUndoCommand().getLabel());
        assertSame(test.plan, session.getCaseObject());
        Finding finding = session.getFindings().get(0);
        assertEquals(FindingKind.CONFLICT, finding.getKind());
        assertEquals("Klima trekker begge veier", finding.getDescription());
        assertEquals(List.of("theme-climate"), finding.getPullingFor());
        assertEquals(List.of("theme-climate", "13.2"), finding.getPullingAgainst());
        assertEquals(List.of(test.windPower, test.nature), finding.getConcerns());
        assertTrue(finding.getId().startsWith("finding"), finding.getId());
        stack.undo();
        assertTrue(test.register().getSessions().isEmpty(), "undo removes the session with its finding");
        stack.redo();
        assertEquals(List.of(session), test.register().getSessions());
        assertEquals(1, session.getFindings().size());
    }

    @Test
    void phaseNotesAndTimerAreUndoable() {
        Session session = ownCase();
        Phase introduction = session.getPhases().get(0);
        test.execute(SessionCommands.setPhaseNotes(domain, introduction, "Rammene for økten er lagt fram."));
        assertEquals("Endre notater for fasen", stack.getUndoCommand().getLabel());
        test.execute(SessionCommands.addElapsedTime(domain, introduction, 300));
        test.execute(SessionCommands.addElapsedTime(domain, introduction, 125));
        assertEquals("Legg til tid i fasen", stack.getUndoCommand().getLabel());
        assertEquals(425, introduction.getElapsedSeconds());
        stack.undo();
        assertEquals(300, introduction.getElapsedSeconds());
        stack.undo();
        stack.undo();
        assertNull(introduction.getNotes());
        stack.redo();
        assertEquals("Rammene for økten er lagt fram.", introduction.getNotes());
        assertThrows(IllegalArgumentException.class, () -> SessionCommands.addElapsedTime(domain, introduction, -1));
    }

    @Test
    void removingAParticipantTakesTheirScoresAndDissentsAndUndoBringsThemBack() {
        Session session = ownCase();
        test.execute(SessionCommands.addMatrixItem(domain, session, "a", "A", null));
        test.execute(SessionCommands.addMatrixItem(domain, session, "b", "B", null));
        Participant kari = test.execute(SessionCommands.addParticipant(domain, session, "Kari", "rådgiver", "plan"),
                Participant.class);
        assertEquals("Legg til deltaker", stack.getUndoCommand().getLabel());
        Participant ola = test.execute(SessionCommands.addParticipant(domain, session, "Ola", null, "næring"),
                Participant.class);
        assertTrue(kari.getId().startsWith("participant-"), kari.getId());
        assertEquals("rådgiver", kari.getRole());
        assertEquals("plan", kari.getSector());
        test.execute(ScoreCommands.set(domain, session, kari, "a", "b", -2, "arealkonflikt"));
        test.execute(ScoreCommands.set(domain, session, ola, "a", "b", 1, null));
        Finding finding = test.execute(FindingCommands.add(domain, session, FindingKind.CONFLICT, "Natur mot kraft"),
                Finding.class);
        test.execute(FindingCommands.addDissent(domain, finding, kari, "Uenig i at konflikten kan løses"));

        test.execute(SessionCommands.removeParticipant(domain, kari));
        assertEquals("Fjern deltaker", stack.getUndoCommand().getLabel());
        assertEquals(List.of(ola), session.getParticipants());
        assertEquals(1, session.getMatrix().getScores().size());
        assertEquals(List.of(), finding.getDissents());

        stack.undo();
        assertEquals(List.of(kari, ola), session.getParticipants());
        assertEquals(2, session.getMatrix().getScores().size());
        assertSame(kari, finding.getDissents().get(0).getParticipant());
        stack.redo();
        assertEquals(List.of(ola), session.getParticipants());
    }

    private Session ownCase() {
        return test.execute(SessionCommands.create(domain, test.nature, "Natur", null), Session.class);
    }
    @Test
    void removingAnItemTakesItsScoresInRowAndColumnWithItInOneUndoableStep() {
        Session session = test.execute(SessionCommands.create(domain, test.windPower, "Vindkraft", null),
                Session.class);
        for (String id : List.of("7.2", "15.5", "11.3")) {
            test.execute(SessionCommands.addMatrixItem(domain, session, id, id, null));
        }
        Participant kari = test.execute(SessionCommands.addParticipant(domain, session, "Kari", null, null),
                Participant.class);
        test.execute(ScoreCommands.set(domain, session, kari, "7.2", "15.5", -2, null));
        test.execute(ScoreCommands.set(domain, session, kari, "15.5", "11.3", 1, null));
        test.execute(ScoreCommands.set(domain, session, kari, "7.2", "11.3", 2, null));

        stack.execute(SessionCommands.removeMatrixItem(domain, session.getMatrix().getItems().get(1)));
        assertEquals(List.of("7.2", "11.3"), SessionMatrices.itemIds(session.getMatrix()));
        assertEquals(1, session.getMatrix().getScores().size(), "only 7.2 → 11.3 is left");
        assertEquals("Fjern matriseelement", stack.getUndoCommand().getLabel());
        stack.undo();
        assertEquals(List.of("7.2", "15.5", "11.3"), SessionMatrices.itemIds(session.getMatrix()));
        assertEquals(3, session.getMatrix().getScores().size());
    }
}
