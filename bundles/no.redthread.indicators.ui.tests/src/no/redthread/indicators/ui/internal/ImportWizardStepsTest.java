package no.redthread.indicators.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.model.Indicator;
import no.redthread.workbench.UndoContext;

/**
 * The import wizard in bokmål, step by step as a user meets it: messages in Norwegian at the page where the problem
 * is found with Finish disabled, cleared when the file changes, no stale indicator, a searchable list, a new
 * indicator from the file's content, historic and ended regions in the preview. The figures are INVENTED.
 */
class ImportWizardStepsTest {

    @TempDir
    Path folder;

    private ViewFixture fixture;
    private Locale locale;
    private ImportWizard wizard;
    private WizardDialog dialog;

    @BeforeEach
    void openTheWizard() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
        fixture = new ViewFixture(folder);
        RegionCodes regions = RegionCodes.of(fixture.catalogue).withHistory(Map.of("5403", "5601"),
                Map.of("1507", List.of("1508", "1580")));
        wizard = new ImportWizard(fixture.workspace, fixture.service(IndicatorSets.class), regions);
        dialog = new WizardDialog(fixture.shell, wizard);
        dialog.create();
    }

    @AfterEach
    void close() {
        dialog.close();
        fixture.close();
        Locale.setDefault(locale);
    }

    @Test
    void aProblemIsShownInNorwegianAtTheMappingPageAndFinishIsDisabled() throws Exception {
        assertEquals("Importer indikatordata", wizard.getWindowTitle());
        wizard.setFile(csv("ukjent.csv", "region;år;verdi", "9999;2023;16.0"));
        wizard.mappingPage.selectIndicator(wizard.mappingPage.targets().get(0));
        String error = wizard.mappingPage.getErrorMessage();
        assertNotNull(error);
        assertTrue(error.startsWith("regionkoden \u00ab9999\u00bb er ikke en kjent kommune"), error);
        assertTrue(error.contains("ukjent.csv: rad 2, kolonne 1"), error);
        assertFalse(wizard.canFinish(), "Fullfør is disabled with the reason shown");
    }

    @Test
    void aFileThatCannotBeReadIsReportedInNorwegianAtTheFilePage() throws Exception {
        wizard.setFile(csv("brutt.csv", "region;år;verdi", "5601 Alta;2023;16", "5601 Alta;2024"));
        assertEquals("har 2 celler, men overskriftsraden (rad 1) har 3\nbrutt.csv: rad 3", wizard.filePage.getErrorMessage());
        assertNull(wizard.source(), "nothing of the file is offered for import");
    }

    @Test
    void aPathBeingTypedIsReadOnlyWhenTypingPauses() throws Exception {
        Path file = csv("alta.csv", "region;år;verdi", "5601 Alta;2023;16");
        wizard.filePage.text.setText(file.toString().substring(0, file.toString().length() - 4));
        assertNull(wizard.filePage.getErrorMessage(), "no complaint about a path that is still being typed");
        wizard.filePage.text.setText(file.toString());
        long until = System.currentTimeMillis() + 5_000;
        while (wizard.source() == null && System.currentTimeMillis() < until) {
            if (!fixture.display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        assertNotNull(wizard.source(), "read after the pause");
        assertNull(wizard.filePage.getErrorMessage());
    }

    @Test
    void anotherFileClearsThePreviousFilesProblemAndItsIndicator() throws Exception {
        wizard.setFile(folder.resolve("finnes-ikke.csv"));
        assertEquals("Finner ikke filen " + folder.resolve("finnes-ikke.csv") + ".", wizard.filePage.getErrorMessage());
        wizard.setFile(csv("ukjent.csv", "region;år;verdi", "9999;2023;1"));
        assertNull(wizard.filePage.getErrorMessage(), "the missing file's error is gone");
        wizard.mappingPage.selectIndicator(wizard.mappingPage.targets().get(0));
        assertNotNull(wizard.mappingPage.getErrorMessage());

        wizard.setFile(csv("alta.csv", "region;år;verdi", "5601 Alta;2023;16"));
        assertNull(wizard.mappingPage.getErrorMessage(), "the previous file's problem is not shown for this one");
        assertNull(wizard.mappingPage.indicator(), "no indicator carried over from the previous file");
        assertEquals("Velg indikatoren som skal f\u00e5 dataene.", wizard.mappingPage.getMessage());
        assertFalse(wizard.canFinish());
    }

    @Test
    void theIndicatorIsFoundBySearchingAndNothingIsPreselected() throws Exception {
        wizard.setFile(csv("alta.csv", "region;år;verdi", "5601 Alta;2023;16"));
        IndicatorChooser chooser = wizard.mappingPage.chooser;
        assertNull(chooser.selected());
        int all = chooser.list.getTable().getItemCount();
        chooser.search.setText("barnehage");
        TableItem[] shown = chooser.list.getTable().getItems();
        assertTrue(shown.length > 0 && shown.length < all, shown.length + " of " + all);
        for (TableItem item : shown) {
            assertTrue(item.getText().toLowerCase(Locale.ROOT).contains("barnehage"), item.getText());
        }
    }

    @Test
    void aNewIndicatorIsMadeFromTheFilesContentAndUndoneWithTheImport() throws Exception {
        wizard.setFile(csv("sykkel.csv", "region;år;statistikkvariabel;verdi", "5601 Alta;2023;Sykkelvei (km);16",
                "5601 Alta;2024;Sykkelvei (km);17,5"));
        IndicatorChooser chooser = wizard.mappingPage.chooser;
        assertEquals("Ny indikator \u00abSykkelvei (km)\u00bb", chooser.create.getText());
        chooser.create.notifyListeners(SWT.Selection, null);
        Indicator made = wizard.mappingPage.indicator();
        assertNotNull(made);
        assertEquals("Sykkelvei (km)", made.getNameNb());
        assertTrue(wizard.canFinish(), String.valueOf(wizard.mappingPage.getErrorMessage()));
        assertTrue(wizard.performFinish());
        assertTrue(IndicatorModel.indicators(fixture.workspace).contains(made), "the new indicator is in the workspace");
        assertEquals(2, made.getSeries().get(0).getValues().length);
        UndoContext undo = fixture.service(UndoContext.class);
        assertEquals("Importer indikatordata", fixture.workspace.commandStack().getUndoCommand().getLabel());
        undo.undo();
        assertFalse(IndicatorModel.indicators(fixture.workspace).contains(made), "one undo takes it all back");
    }

    @Test
    void thePreviewListsHistoricAndEndedRegionsAndTheUserMaySkipTheEndedOnes() throws Exception {
        wizard.setFile(csv("historisk.csv", "region;år;verdi", "5403 Alta (2020-2023);2023;16.0",
                "1507 Ålesund (2020-2023);2023;3", "5601 Alta;2024;17"));
        assertEquals(List.of("5403 Alta (2020-2023)", "1507 Ålesund (2020-2023)", "5601 Alta"),
                wizard.source().variables().get(0).firstValues());
        String notes = wizard.previewPage.regionNotes.getText();
        assertTrue(notes.contains("5403 Alta (2020-2023) \u2192 5601 (nytt kommunenummer)"), notes);
        assertTrue(notes.contains("1507 Ålesund (2020-2023): finnes ikke lenger (i dag 1508, 1580)"), notes);
        assertEquals(IMessageProvider.WARNING, wizard.previewPage.getMessageType());
        assertTrue(wizard.previewPage.skipUnmatched.getVisible());
        wizard.mappingPage.selectIndicator(wizard.mappingPage.targets().get(0));
        assertFalse(wizard.canFinish(), "the ended region stops the import until it is skipped");

        wizard.previewPage.skipUnmatched.setSelection(true);
        wizard.previewPage.skipUnmatched.notifyListeners(SWT.Selection, null);
        assertTrue(wizard.canFinish(), String.valueOf(wizard.mappingPage.getErrorMessage()));
        assertTrue(wizard.performFinish());
        assertEquals(2, wizard.result().valueCount());
        assertEquals(1, wizard.result().skippedCount());
    }

    @Test
    void thePreviewWritesNumbersAsNorwegianDoes() throws Exception {
        Path json = ViewFixture.jsonStat(folder, "tall.json", List.of("5601"), List.of("2023", "2024"), 16.0, 16.5);
        wizard.setFile(json);
        assertEquals(List.of("16", "16,5"), wizard.source().firstValues());
    }

    private Path csv(String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
