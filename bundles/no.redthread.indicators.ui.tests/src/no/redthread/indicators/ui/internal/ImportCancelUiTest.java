package no.redthread.indicators.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.core.catalogue.Municipality;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportMonitor;
import no.redthread.indicators.model.Indicator;

/** Cancel in the import wizard while the file is read and while the import is built: nothing changes. */
class ImportCancelUiTest {

    @TempDir
    Path folder;

    private ViewFixture fixture;
    private Path file;

    @BeforeEach
    void bigFile() throws Exception {
        fixture = new ViewFixture(folder);
        // 357 municipalities × 20 years = 7,140 cells: the importer asks its monitor after 4,096
        List<String> regions = fixture.catalogue.municipalities().stream().map(Municipality::number).toList();
        List<String> years = IntStream.rangeClosed(2004, 2023).mapToObj(String::valueOf).toList();
        double[] values = IntStream.range(0, regions.size() * years.size()).mapToDouble(i -> i % 100).toArray();
        file = ViewFixture.jsonStat(folder, "big.json", regions, years, values);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Cancels at the monitor's first question; counts the questions (asked from the wizard's worker thread). */
    private static UnaryOperator<ImportMonitor> cancelAtOnce(AtomicInteger asked) {
        return monitor -> () -> asked.incrementAndGet() > 0;
    }

    @Test
    void cancellingTheImportWhileItRunsImportsNothing() throws Exception {
        ImportWizard wizard = new ImportWizard(fixture.workspace, fixture.service(IndicatorSets.class),
                RegionCodes.of(fixture.catalogue));
        WizardDialog dialog = new WizardDialog(fixture.shell, wizard);
        dialog.create();
        wizard.setFile(file);
        assertNotNull(wizard.source());
        Indicator target = wizard.mappingPage.targets().get(0);
        wizard.mappingPage.selectIndicator(target);
        int seriesBefore = target.getSeries().size();
        boolean couldUndo = fixture.workspace.commandStack().canUndo();
        boolean wasDirty = fixture.workspace.isDirty();

        AtomicInteger asked = new AtomicInteger();
        wizard.monitors = cancelAtOnce(asked);
        assertFalse(wizard.performFinish(), "the wizard stays open");
        assertEquals(1, asked.get(), "stopped at the first question, after 4,096 of 7,140 cells");
        assertNull(wizard.result());
        assertEquals(seriesBefore, target.getSeries().size());
        assertEquals(couldUndo, fixture.workspace.commandStack().canUndo(), "no command was executed");
        assertEquals(wasDirty, fixture.workspace.isDirty());
        assertEquals(Messages.get("import.cancelled"), wizard.mappingPage.getMessage());

        wizard.monitors = UnaryOperator.identity();
        assertTrue(wizard.performFinish(), "without cancel the same import goes through");
        assertEquals(7_140, wizard.result().valueCount());
        assertEquals(357, target.getSeries().size());
        dialog.close();
    }

    @Test
    void cancellingWhileTheFileIsReadReadsNothing() throws Exception {
        ImportWizard wizard = new ImportWizard(fixture.workspace, fixture.service(IndicatorSets.class),
                RegionCodes.of(fixture.catalogue));
        WizardDialog dialog = new WizardDialog(fixture.shell, wizard);
        dialog.create();
        AtomicInteger asked = new AtomicInteger();
        wizard.monitors = cancelAtOnce(asked);
        wizard.setFile(file);
        assertEquals(1, asked.get());
        assertNull(wizard.source(), "nothing was read");
        assertFalse(wizard.filePage.isPageComplete());
        assertEquals(Messages.get("import.readCancelled"), wizard.filePage.getMessage());
        wizard.monitors = UnaryOperator.identity();
        wizard.setFile(folder.resolve("big.json").toAbsolutePath());
        dialog.close();
    }
}
