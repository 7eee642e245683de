package no.redthread.dilemma.sessions.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Handling;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.report.ReportFormat;
import no.redthread.workbench.CommandContribution;

/** <i>Eksporter…</i> in the session part and on the File menu: the session's section written and parsed back. */
class ExportTest {

    private static final String DISSENT = "Jeg mener reindrifta må gå foran.";

    @TempDir
    Path folder;

    private final Locale original = Locale.getDefault();
    private SessionFixture fixture;

    @BeforeEach
    void open() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        fixture = new SessionFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
        Locale.setDefault(original);
    }

    @Test
    void theButtonWritesThePdfWithTheFindingItsHandlingAndTheDissent() throws Exception {
        assertFalse(fixture.part.exportButton().isEnabled(), "nothing to export without a session");
        Session session = sessionWithAFinding();
        assertTrue(fixture.part.exportButton().isEnabled());
        Path file = folder.resolve("målkonflikter.pdf");
        fixture.exportTarget.set(new SessionExport.Target(file, ReportFormat.PDF));

        fixture.part.exportButton().notifyListeners(SWT.Selection, new Event());

        assertEquals(SessionExport.fileName("Målkonflikter og avveiinger – " + session.getTitle()),
                fixture.suggestedName.get(), "a file name without the title's colon");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Målkonflikter og avveiinger"), text);
            assertTrue(text.contains("1. Målkonflikt Beskrivelse: Hyttefelt i strandsonen"), text);
            assertTrue(text.contains("Håndtering: Må avgjøres av ledelsen eller politikerne"), text);
            assertTrue(text.contains("Kari Nordmann: " + DISSENT), text);
        }
    }

    @Test
    void htmlIsWrittenAsChosenAndACancelledDialogWritesNothing() throws Exception {
        sessionWithAFinding();
        fixture.part.exportButton().notifyListeners(SWT.Selection, new Event());
        assertEquals(0, Files.list(folder).filter(path -> path.toString().endsWith(".html")).count());

        Path file = folder.resolve("målkonflikter.html");
        fixture.exportTarget.set(new SessionExport.Target(file, ReportFormat.HTML));
        fixture.part.exportButton().notifyListeners(SWT.Selection, new Event());
        String html = Files.readString(file);
        assertTrue(html.contains("Målkonflikter og avveiinger</h2>"), html);
        assertTrue(html.contains("Kari Nordmann: " + DISSENT + "</li>"), html);
    }

    @Test
    void theFileMenuCommandIsEnabledOnlyWithASession() throws Exception {
        CommandContribution command = fixture.context.getServiceReferences(CommandContribution.class, null).stream()
                .map(fixture.context::getService).filter(c -> ExportSessionCommand.ID.equals(c.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no export command"));
        assertEquals(CommandContribution.MenuLocation.FILE, command.menu());
        assertEquals("Eksporter «&Målkonflikter og avveiinger»…", command.label());
        assertFalse(command.isEnabled());
        sessionWithAFinding();
        assertTrue(command.isEnabled());
    }

    private Session sessionWithAFinding() {
        fixture.part.newSession();
        fixture.flush();
        Session session = fixture.part.session();
        EditingDomain domain = fixture.workspace.editingDomain();
        Participant kari = (Participant) run(SessionCommands.addParticipant(domain, session, "Kari Nordmann",
                "Reindriftsagronom", "Landbruk"));
        Finding finding = (Finding) run(FindingCommands.add(domain, session, FindingKind.CONFLICT,
                "Hyttefelt i strandsonen"));
        run(FindingCommands.setHandling(domain, finding, Handling.LEADERSHIP_DECISION, ""));
        run(FindingCommands.addDissent(domain, finding, kari, DISSENT));
        fixture.flush();
        return session;
    }

    private Object run(Command command) {
        fixture.workspace.commandStack().execute(command);
        return command.getResult().iterator().next();
    }
}
