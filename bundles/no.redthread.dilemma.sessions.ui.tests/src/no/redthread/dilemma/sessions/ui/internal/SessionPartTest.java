package no.redthread.dilemma.sessions.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Handling;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Phase;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;

/** The session editor over the demo workspace through the real WorkspaceService; Undo and Redo through UndoContext. */
class SessionPartTest {

    @TempDir
    Path folder;

    private SessionFixture fixture;
    private SessionPart part;

    @BeforeEach
    void open() throws Exception {
        fixture = new SessionFixture(folder);
        part = fixture.part;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void startTrainingOnAMeasureCreatesAnUndoableSessionTheEditorShows() {
        StartTrainingCommand start = new StartTrainingCommand(fixture.selection, fixture.service(SessionStarter.class));
        fixture.selection.publish("test", List.of(fixture.workspace.planSystem().orElseThrow()));
        assertFalse(start.isEnabled(), "not on a plan system");
        assertTrue(start.inContextMenu(), "offered in the Explorer's context menu");
        Measure measure = firstMeasure();
        fixture.selection.publish("no.redthread.explorer", List.of(measure));
        assertTrue(start.isEnabled());
        start.execute();
        fixture.flush();

        Session session = sessions().get(0);
        assertSame(measure, session.getCaseObject());
        assertEquals(1, session.getFindings().size(), "prefilled with a finding on the measure");
        assertEquals(List.of(measure), session.getFindings().get(0).getConcerns());
        assertFalse(session.getFindings().get(0).getPullingFor().isEmpty() && !measure.getFollows().isEmpty(),
                "pulling towards the themes and targets of the goals it follows");
        List<Object> items = new java.util.ArrayList<>(List.of(measure));
        items.addAll(measure.getFollows());
        assertEquals(items, session.getMatrix().getItems().stream().map(item -> (Object) item.getPlanObject()).toList(),
                "the measure and its goals are the matrix's items");
        assertEquals(Messages.get("start.title", measure.getName()), session.getTitle());
        assertSame(session, part.session());
        assertEquals(0, part.chooser().getSelectionIndex());
        assertEquals(session.getTitle(), part.title().control().getText());

        fixture.undo.undo();
        fixture.flush();
        assertTrue(sessions().isEmpty(), "undo removes the session");
        assertNull(part.session());
        assertEquals(0, part.chooser().getItemCount());
        assertEquals("", part.title().control().getText());
        fixture.undo.redo();
        fixture.flush();
        assertSame(session, part.session(), "redo brings it back into the editor");
    }

    @Test
    void nyOktStartsOnTheScenarioLastChosenInTheLibraryEvenAfterClickingElsewhere() {
        Scenario last = fixture.scenarios.scenarios().get(fixture.scenarios.scenarios().size() - 1);
        fixture.selection.publish("no.redthread.dilemma.library", List.of(last));
        fixture.selection.publish("no.redthread.explorer", List.of(firstMeasure()));
        part.newSession();
        fixture.flush();
        assertEquals(last.id(), sessions().get(sessions().size() - 1).getScenarioId());
    }

    @Test
    void aParticipantAddedByTheButtonStaysOpenForTypingTheName() {
        newSession();
        part.participants().addButton().notifyListeners(SWT.Selection, new Event());
        fixture.flush();
        assertTrue(part.participants().table().isCellEditorActive(),
                "the workspace's refresh after the command must not close the name being typed");
    }

    @Test
    void participantsFindingsWithHandlingAndTheirUndoAndRedo() {
        Session session = newSession();
        Participant anne = part.participants().add("Anne Haugen", "Rådgiver", "Helse");
        fixture.flush();
        assertEquals(List.of(anne), session.getParticipants());
        assertEquals(1, part.participants().table().getTable().getItemCount());
        assertEquals(0, part.participants().table().getTable().getSelectionIndex(), "the new participant is chosen");
        assertEquals("Anne Haugen", part.participants().table().getTable().getItem(0).getText(0));
        assertEquals("Helse", part.participants().table().getTable().getItem(0).getText(2));

        part.participants().table().editElement(anne, 1);
        Text cell = (Text) fixture.display.getFocusControl();
        cell.setText("Kommuneoverlege");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        fixture.flush();
        assertEquals("Kommuneoverlege", anne.getRole(), "a cell edited in place is one command");
        assertEquals(Messages.get("command.participant"), fixture.undo.undoLabel());
        part.participants().removeSelected();
        fixture.flush();
        assertTrue(session.getParticipants().isEmpty());
        fixture.undo.undo();
        fixture.flush();
        assertEquals(List.of(anne), session.getParticipants());
        assertEquals("Kommuneoverlege", part.participants().table().getTable().getItem(0).getText(1));

        Finding finding = part.findings().add(FindingKind.CONFLICT, "Ny vei gjennom myr mot klimamål");
        fixture.flush();
        assertSame(finding, part.findings().selected());
        Handling before = finding.getHandling(); // the model's default: handling is never empty
        assertEquals(Handling.VALUES.indexOf(before), part.findings().handling().getSelectionIndex());
        choose(part.findings().handling(), Handling.VALUES.indexOf(Handling.INSTRUMENTS));
        type(part.findings().responsible().control(), "Kommunalsjef plan");
        type(part.findings().due().control(), "2027-03-01");
        fixture.flush();
        assertEquals(Handling.INSTRUMENTS, finding.getHandling());
        assertEquals("Kommunalsjef plan", finding.getResponsible());
        assertEquals(LocalDate.of(2027, 3, 1), finding.getDueDate());
        assertEquals(Messages.get("handling.INSTRUMENTS"),
                part.findings().table().getTable().getItem(0).getText(2));

        fixture.undo.undo(); // the due date
        fixture.undo.undo(); // the responsible
        fixture.undo.undo(); // the handling
        fixture.flush();
        assertEquals(before, finding.getHandling());
        assertNull(finding.getResponsible());
        assertEquals(Handling.VALUES.indexOf(before), part.findings().handling().getSelectionIndex(),
                "the editor redraws on undo");
        assertEquals(Messages.of("handling", before), part.findings().table().getTable().getItem(0).getText(2));
        assertEquals("", part.findings().responsible().control().getText());
        fixture.undo.redo();
        fixture.flush();
        assertEquals(Handling.INSTRUMENTS, finding.getHandling());
        assertEquals(Handling.VALUES.indexOf(Handling.INSTRUMENTS), part.findings().handling().getSelectionIndex());

        fixture.undo.undo(); // the handling again
        fixture.undo.undo(); // the finding
        fixture.flush();
        assertTrue(session.getFindings().isEmpty());
        assertEquals(0, part.findings().table().getTable().getItemCount());
        fixture.undo.redo();
        fixture.flush();
        assertEquals(List.of(finding), session.getFindings());
        assertEquals(1, part.findings().table().getTable().getItemCount());
    }

    @Test
    void phaseNotesAreOneCommandAndTheTimerAddsItsSeconds() {
        Session session = newSession();
        Phase first = session.getPhases().get(0);
        assertSame(first, part.phases().phase());
        assertEquals(Messages.get("phase.INTRODUCTION"), part.phases().list().getItem(0));
        type(part.phases().notes().control(), "Alle presenterte seg");
        assertEquals("Alle presenterte seg", first.getNotes());

        part.phases().timer().notifyListeners(SWT.Selection, new Event());
        assertEquals(Messages.get("timer.stop"), part.phases().timer().getText());
        fixture.millis.addAndGet(95_400);
        part.phases().timer().notifyListeners(SWT.Selection, new Event());
        fixture.flush();
        assertEquals(95, first.getElapsedSeconds());
        assertEquals("01:35", part.phases().clock().getText());
        assertEquals(Messages.get("timer.start"), part.phases().timer().getText());

        // the timer keeps running while another session is looked at, and stops into its own phase
        part.phases().timer().notifyListeners(SWT.Selection, new Event());
        Session other = newSession();
        assertFalse(part.phases().timer().isEnabled(), "the other session's phase cannot stop this timer");
        fixture.millis.addAndGet(30_000);
        choose(part.chooser(), 0);
        assertSame(session, part.session());
        assertSame(first, part.phases().phase(), "the running phase is shown again");
        part.phases().timer().notifyListeners(SWT.Selection, new Event());
        fixture.flush();
        assertEquals(125, first.getElapsedSeconds());
        assertEquals(0, other.getPhases().get(0).getElapsedSeconds());
        fixture.undo.undo(); // the 30 seconds
        fixture.undo.undo(); // the other session
        fixture.undo.undo();
        fixture.flush();
        assertEquals(0, first.getElapsedSeconds());
        assertEquals("00:00", part.phases().clock().getText());
        fixture.undo.undo();
        fixture.flush();
        assertNull(first.getNotes());
        assertEquals("", part.phases().notes().control().getText());
    }

    @Test
    void aDateThatIsNoDateIsNamedAndChangesNothing() {
        Session session = newSession();
        LocalDate before = session.getDate();
        type(part.findings().description().control(), "x"); // no finding chosen: nothing to change
        Text date = part.date().control();
        type(date, "15.03.2026");
        fixture.flush();
        assertEquals(before, session.getDate());
        assertEquals(Messages.get("problem.date", "15.03.2026"), part.problem().getText());
        type(date, "2026-03-15");
        assertEquals(LocalDate.of(2026, 3, 15), session.getDate());
        assertEquals("", part.problem().getText());
    }

    /** <i>Ny økt</i>: a session on the library's first scenario, chosen in the editor. */
    private Session newSession() {
        Scenario expected = fixture.chosenScenario.forNewSession().orElseThrow();
        part.newSession();
        fixture.flush();
        Session session = sessions().get(sessions().size() - 1);
        assertEquals(expected.id(), session.getScenarioId());
        assertSame(session, part.session());
        return session;
    }

    private List<Session> sessions() {
        return DilemmaSessions.register(fixture.workspace.resourceSet()).orElseThrow().getSessions();
    }

    private Measure firstMeasure() {
        return fixture.workspace.planSystem().orElseThrow().getPlans().stream().map(Plan::getMeasures)
                .flatMap(List::stream).findFirst().orElseThrow();
    }

    private void choose(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        fixture.flush();
    }

    private void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new Event());
        fixture.flush();
    }
}
