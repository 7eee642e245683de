package no.redthread.indicators.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;

import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportCancelledException;
import no.redthread.indicators.imports.ImportCheck;
import no.redthread.indicators.imports.ImportChoice;
import no.redthread.indicators.imports.ImportOptions;
import no.redthread.indicators.imports.ImportSource;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportMonitor;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.model.Indicator;
import no.redthread.workspace.Workspace;

/**
 * Imports a JSON-stat 2.0 or CSV file into an indicator of the workspace: file, preview, mapping.
 * Reading the file and building the import run in the wizard's progress monitor; Cancel stops them while
 * they run (the readers and importers ask the monitor every few thousand values). The import is applied
 * only when it was built completely, as one command on the workspace's command stack, so Undo reverts it;
 * a fault shows the file and position, and a fault or a cancel imports nothing.
 */
public final class ImportWizard extends Wizard {

    private final Workspace workspace;
    private final RegionCodes regions;
    final ImportFilePage filePage = new ImportFilePage(this);
    final ImportPreviewPage previewPage = new ImportPreviewPage(this);
    final ImportMappingPage mappingPage;
    private ImportSource source;
    /** The options chosen on the preview page. */
    ImportOptions options = ImportOptions.STRICT;
    private ImportCheck check;
    private ImportResult result;
    /** Wraps the monitor the import asks; tests use it to cancel at a chosen point. */
    UnaryOperator<ImportMonitor> monitors = UnaryOperator.identity();

    public ImportWizard(Workspace workspace, IndicatorSets sets, RegionCodes regions) {
        this.workspace = workspace;
        this.regions = regions;
        this.mappingPage = new ImportMappingPage(this, IndicatorModel.importTargets(workspace, sets));
        setWindowTitle(Messages.get("import.title"));
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(previewPage);
        addPage(mappingPage);
    }

    /** The import that finished last, or null. */
    public ImportResult result() {
        return result;
    }

    ImportSource source() {
        return source;
    }

    /** Reads the file (also used by tests instead of typing into the page). */
    void setFile(Path file) {
        filePage.text.setText(file.toString());
        filePage.readNow();
    }

    @Override
    public boolean performFinish() {
        ImportSource chosen = source;
        ImportChoice choice = mappingPage.choice();
        Indicator indicator = mappingPage.indicator();
        if (chosen == null || indicator == null || check == null || !check.canImport()) {
            return false;
        }
        AtomicReference<ImportResult> built = new AtomicReference<>();
        mappingPage.setMessage(null);
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(Messages.get("import.running", chosen.file().getFileName()), ProgressMonitors.UNITS);
                try {
                    ImportMonitor asked = monitors.apply(ProgressMonitors.of(monitor));
                    ImportResult importResult = chosen.build(choice, indicator, regions, asked);
                    if (asked.isCanceled()) {
                        throw new InterruptedException(); // cancelled after the last question: still nothing lands
                    }
                    built.set(importResult);
                } catch (ImportCancelledException e) {
                    throw new InterruptedException();
                } catch (ImportException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InterruptedException e) {
            result = null;
            mappingPage.setMessage(Messages.get("import.cancelled"), IMessageProvider.WARNING);
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            mappingPage.setErrorMessage(cause instanceof ImportException fault ? ImportSource.describe(fault)
                    : String.valueOf(cause));
            return false;
        }
        result = built.get();
        Command command = IndicatorModel.importCommand(workspace, indicator, result.command());
        workspace.commandStack().execute(command);
        return true;
    }

    @Override
    public boolean canFinish() {
        return source != null && check != null && check.canImport() && mappingPage.indicator() != null;
    }

    /** The check of the current choice; null without a file. */
    ImportCheck check() {
        return check;
    }

    void sourceChanged(ImportSource newSource) {
        source = newSource;
        previewPage.setErrorMessage(null);
        previewPage.setMessage(null);
        mappingPage.setErrorMessage(null);
        mappingPage.setMessage(null);
        options = ImportOptions.STRICT;
        previewPage.show(newSource);
        mappingPage.show(newSource);
        recheck();
    }

    /** Checks the current choice and shows the findings at the page they belong to. */
    void recheck() {
        check = source == null ? null : source.check(mappingPage.choice(), regions);
        previewPage.showCheck(check);
        mappingPage.showCheck(check);
        getContainer().updateButtons();
    }
}
