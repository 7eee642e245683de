package no.redthread.chains.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.dilemma.sessions.model.DilemmaRegister;
import no.redthread.funding.FundingScheme;

/** Runs from the chain editor on the demo workspace: results, selection, cancel, a failing step, one undo. */
class ChainRunTest {

    @TempDir
    Path temp;

    private ChainsFixture fixture;
    private ChainEditorPart editor;
    private ResultsPart results;

    @BeforeEach
    void open() throws Exception {
        fixture = new ChainsFixture(temp);
        editor = fixture.editor();
        results = fixture.results();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theRecipeRunsInTheBackgroundAndSelectingAResultPublishesIt() {
        editor.choice().choose("baerekraftsjekk");
        editor.runButton().notifyListeners(SWT.Selection, new Event());
        assertFalse(editor.runButton().isEnabled(), "no second run while one runs");
        fixture.waitUntil("the run to end", () -> !editor.runControl().running());

        assertTrue(editor.runControl().status().getText().startsWith("Ferdig: 5 steg kjørt."),
                editor.runControl().status().getText());
        assertEquals(5, results.tree().getItemCount());
        TreeItem themes = results.tree().getItem(0);
        assertTrue(themes.getText().startsWith("Svake temaer i vurderingen: "), themes.getText());
        assertTrue(themes.getItemCount() > 0, "the demo's assessment has weak themes");
        select(themes.getItem(0));
        ThemeEntry theme = (ThemeEntry) fixture.selection.current().get(0);
        assertEquals(theme.nameNb(), themes.getItem(0).getText());

        assertEquals(fixture.stepName("indicators.worsening") + ": 0 funnet, gir videre " + themes.getItemCount()
                + " temaer", results.tree().getItem(1).getText(), "the demo has no indicator data; the themes pass on");
        TreeItem schemes = results.tree().getItem(2);
        assertTrue(schemes.getItemCount() > 0, schemes.getText());
        select(schemes.getItem(0));
        assertTrue(fixture.selection.current().get(0) instanceof FundingScheme, fixture.selection.current().toString());

        Path pdf = fixture.workspace.folder().resolve("rapporter/baerekraftsjekk.pdf");
        assertTrue(Files.isRegularFile(pdf));
        assertTrue(results.reports().getText().contains("<a href=\"" + pdf + "\">baerekraftsjekk.pdf</a>"),
                results.reports().getText());
    }

    @Test
    void cancellingMidChainWritesNothingAndChangesNothing() throws Exception {
        TestSteps.Waiting waiting = new TestSteps.Waiting();
        fixture.register(waiting);
        fixture.waitUntil("the waiting step installed", () -> fixture.steps.step("test.wait").isPresent());
        int sessions = register().getSessions().size();
        for (String step : List.of("assessment.weak-themes", "dilemma.session-draft", "test.wait", "report.compose")) {
            editor.steps().add(step);
        }
        editor.runButton().notifyListeners(SWT.Selection, new Event());
        fixture.waitUntil("the run to reach the waiting step", () -> waiting.entered.getCount() == 0);
        assertTrue(editor.runControl().cancelButton().isEnabled());
        editor.runControl().cancelButton().notifyListeners(SWT.Selection, new Event());
        fixture.waitUntil("the run to end", () -> !editor.runControl().running());

        assertEquals("Avbrutt ved «Ventende teststeg» etter 2 steg. Ingenting er skrevet eller endret.",
                editor.runControl().status().getText());
        assertFalse(Files.exists(fixture.workspace.folder().resolve("rapporter")), "no report written");
        assertEquals(sessions, register().getSessions().size(), "the session draft was not added");
        assertFalse(fixture.workspace.commandStack().canUndo());
        assertTrue(results.heading().getText().contains("ble avbrutt"), results.heading().getText());
        assertEquals(2, results.tree().getItemCount(), "the steps that finished");
    }

    @Test
    void aFailingStepStopsTheChainNamingTheStepAndTheReason() {
        fixture.register(new TestSteps.Failing());
        fixture.waitUntil("the failing step installed", () -> fixture.steps.step("test.fail").isPresent());
        editor.steps().add("validation.findings");
        editor.steps().add("test.fail");
        editor.steps().add("report.compose");
        editor.runButton().notifyListeners(SWT.Selection, new Event());
        fixture.waitUntil("the run to end", () -> !editor.runControl().running());

        assertEquals("Kjeden stoppet ved «Feilende teststeg»: ingen data for 2025",
                editor.runControl().status().getText());
        assertEquals("«Ny kjede» stoppet ved «Feilende teststeg»: ingen data for 2025", results.heading().getText());
        assertEquals(1, results.tree().getItemCount());
        assertFalse(Files.exists(fixture.workspace.folder().resolve("rapporter")));
    }

    @Test
    void aSessionDraftLandsAsOneCommandThatCtrlZTakesBack() throws Exception {
        int sessions = register().getSessions().size();
        editor.steps().add("assessment.weak-themes");
        editor.steps().add("dilemma.session-draft");
        editor.runButton().notifyListeners(SWT.Selection, new Event());
        fixture.waitUntil("the run to end", () -> !editor.runControl().running());

        assertEquals(sessions + 1, register().getSessions().size(), editor.runControl().status().getText());
        assertTrue(editor.runControl().status().getText().contains("Ctrl+Z"));
        TreeItem drafted = results.tree().getItem(1);
        assertEquals(1, drafted.getItemCount());
        select(drafted.getItem(0));
        assertEquals(register().getSessions().get(sessions), fixture.selection.current().get(0),
                "the session is published for the Explorer");
        fixture.workspace.commandStack().undo();
        assertEquals(sessions, register().getSessions().size());
        assertFalse(fixture.workspace.commandStack().canUndo(), "the whole run was one command");

        fixture.workspaces.close();
        fixture.flush();
        assertEquals(0, results.tree().getItemCount(), "the closed workspace's objects are not offered any more");
    }

    private DilemmaRegister register() {
        return (DilemmaRegister) fixture.workspace.moduleRoot("dilemma").orElseThrow();
    }

    private void select(TreeItem item) {
        results.tree().setSelection(item);
        Event event = new Event();
        event.item = item;
        results.tree().notifyListeners(SWT.Selection, event);
    }
}
