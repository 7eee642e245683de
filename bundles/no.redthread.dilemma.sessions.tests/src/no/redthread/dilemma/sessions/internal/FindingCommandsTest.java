package no.redthread.dilemma.sessions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Dissent;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Handling;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;

/** Findings, their handling and dissents change through labelled commands that undo and redo. */
class FindingCommandsTest {

    @TempDir
    Path folder;

    private TestWorkspace test;
    private EditingDomain domain;
    private CommandStack stack;
    private Session session;

    @BeforeEach
    void open() throws Exception {
        test = new TestWorkspace(folder.resolve("osen"), "nb-NO");
        domain = test.domain();
        stack = test.workspace.commandStack();
        session = test.execute(SessionCommands.create(domain, test.windPower, "Vindkraft", null), Session.class);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void addAndRemoveAFinding() {
        Finding finding = test.execute(FindingCommands.add(domain, session, FindingKind.WIN_WIN, "Lokal kraft"),
                Finding.class);
        assertEquals("Legg til funn", stack.getUndoCommand().getLabel());
        assertEquals(List.of(finding), session.getFindings());
        assertEquals(FindingKind.WIN_WIN, finding.getKind());
        test.execute(FindingCommands.remove(domain, finding));
        assertEquals("Fjern funn", stack.getUndoCommand().getLabel());
        assertEquals(List.of(), session.getFindings());
        stack.undo();
        assertEquals(List.of(finding), session.getFindings());
        stack.undo();
        assertEquals(List.of(), session.getFindings());
        stack.redo();
        assertEquals(List.of(finding), session.getFindings());
    }

    @Test
    void everySetterIsOneUndoableChange() {
        Finding finding = test.execute(FindingCommands.add(domain, session, FindingKind.CONFLICT, "Kraft mot reindrift"),
                Finding.class);
        check(FindingCommands.setKind(domain, finding, FindingKind.WIN_WIN), finding::getKind,
                FindingKind.CONFLICT, FindingKind.WIN_WIN);
        check(FindingCommands.setDescription(domain, finding, "Ny tekst"), finding::getDescription,
                "Kraft mot reindrift", "Ny tekst");
        check(FindingCommands.setPulls(domain, finding, List.of("7.2", "13.2"), List.of("15.5")),
                () -> List.of(List.copyOf(finding.getPullingFor()), List.copyOf(finding.getPullingAgainst())),
                List.of(List.of(), List.of()), List.of(List.of("7.2", "13.2"), List.of("15.5")));
        check(FindingCommands.setConcerns(domain, finding, List.of(test.nature, test.windPower)),
                () -> List.copyOf(finding.getConcerns()), List.of(), List.of(test.nature, test.windPower));
        check(FindingCommands.setHandling(domain, finding, Handling.LEADERSHIP_DECISION, "Til kommunestyret"),
                () -> finding.getHandling() + "/" + finding.getHandlingNote(), "EXISTING_DECISIONS/null",
                "LEADERSHIP_DECISION/Til kommunestyret");
        check(FindingCommands.setFundingSchemes(domain, finding, List.of("klimasats")),
                () -> List.copyOf(finding.getFundingSchemeIds()), List.of(), List.of("klimasats"));
        check(FindingCommands.setFollowUp(domain, finding, "Plansjefen", LocalDate.of(2026, 12, 1)),
                () -> finding.getResponsible() + "/" + finding.getDueDate(), "null/null", "Plansjefen/2026-12-01");
    }

    @Test
    void aDissentIsKeptAsWrittenAndRemovedUndoably() {
        Finding finding = test.execute(FindingCommands.add(domain, session, FindingKind.CONFLICT, "Kraft mot reindrift"),
                Finding.class);
        Participant sami = test.execute(SessionCommands.addParticipant(domain, session, "Ánne", "reineier", "reindrift"),
                Participant.class);
        Dissent dissent = test.execute(FindingCommands.addDissent(domain, finding, sami,
                "Konflikten kan ikke avbøtes; vi er uenige i konklusjonen."), Dissent.class);
        assertEquals("Legg til dissens", stack.getUndoCommand().getLabel());
        assertSame(sami, dissent.getParticipant());
        assertEquals("Konflikten kan ikke avbøtes; vi er uenige i konklusjonen.", dissent.getText());
        test.execute(FindingCommands.removeDissent(domain, dissent));
        assertEquals("Fjern dissens", stack.getUndoCommand().getLabel());
        assertEquals(List.of(), finding.getDissents());
        stack.undo();
        assertEquals(List.of(dissent), finding.getDissents());
    }

    private <T> void check(Command command, Supplier<T> value, T before, T after) {
        assertEquals(before, value.get());
        test.execute(command);
        assertEquals("Endre funn", stack.getUndoCommand().getLabel());
        assertEquals(after, value.get());
        stack.undo();
        assertEquals(before, value.get());
        assertNotNull(stack.getRedoCommand());
        stack.redo();
        assertEquals(after, value.get());
    }
}
