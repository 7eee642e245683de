package no.redthread.indicators.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

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
import no.redthread.workbench.ui.TableColumns;
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
    private final List<Indicator> targets;
    final FilePage filePage = new FilePage();
    final PreviewPage previewPage = new PreviewPage();
    final MappingPage mappingPage = new MappingPage();
    private ImportSource source;
    private ImportOptions options = ImportOptions.STRICT;
    private ImportCheck check;
    private ImportResult result;
    /** Wraps the monitor the import asks; tests use it to cancel at a chosen point. */
    UnaryOperator<ImportMonitor> monitors = UnaryOperator.identity();

    public ImportWizard(Workspace workspace, IndicatorSets sets, RegionCodes regions) {
        this.workspace = workspace;
        this.regions = regions;
        this.targets = IndicatorModel.importTargets(workspace, sets);
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

    private void sourceChanged(ImportSource newSource) {
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

    /** Choose the file; the format is detected. */
    final class FilePage extends WizardPage {

        Text text;
        private Label kind;

        FilePage() {
            super("file");
            setTitle(Messages.get("import.file.title"));
            setDescription(Messages.get("import.file.description"));
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            new Label(body, SWT.NONE).setText(Messages.get("import.file.label"));
            text = new Text(body, SWT.BORDER);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(Messages.get("import.file.browse"));
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.json;*.csv;*.txt", "*.*" });
                String chosen = dialog.open();
                if (chosen != null) {
                    text.setText(chosen);
                }
            });
            kind = new Label(body, SWT.WRAP);
            kind.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
            text.addModifyListener(e -> read());
            setControl(body);
        }

        private void read() {
            String name = text.getText().trim();
            ImportSource read = null;
            setMessage(null);
            setErrorMessage(null); // the previous file's problem is not this one's
            kind.setText("");
            if (!name.isEmpty() && !Files.isRegularFile(Path.of(name))) {
                setErrorMessage(Messages.get("import.file.missing", name));
            } else if (!name.isEmpty()) {
                try {
                    read = readInMonitor(Path.of(name));
                    setErrorMessage(null);
                    kind.setText(Messages.get("import.file.kind", read.kind() == ImportSource.Kind.JSON_STAT ? "JSON-stat 2.0" : "CSV"));
                } catch (ImportCancelledException e) {
                    setMessage(Messages.get("import.readCancelled"), IMessageProvider.WARNING);
                    kind.setText("");
                } catch (ImportException e) {
                    setErrorMessage(ImportSource.describe(e));
                    kind.setText("");
                }
            }
            setPageComplete(read != null);
            sourceChanged(read);
        }

        /** Reads in the wizard's progress monitor, so a large file shows progress and Cancel stops the read. */
        private ImportSource readInMonitor(Path file) throws ImportException {
            AtomicReference<ImportSource> read = new AtomicReference<>();
            AtomicReference<ImportException> fault = new AtomicReference<>();
            try {
                getContainer().run(true, true, monitor -> {
                    monitor.beginTask(Messages.get("import.reading", file.getFileName()), ProgressMonitors.UNITS);
                    try {
                        read.set(ImportSource.read(file, monitors.apply(ProgressMonitors.of(monitor))));
                    } catch (ImportException e) {
                        fault.set(e);
                    } finally {
                        monitor.done();
                    }
                });
            } catch (InvocationTargetException e) {
                throw new ImportException(file.getFileName().toString(), "", String.valueOf(e.getCause()), e.getCause());
            } catch (InterruptedException e) {
                throw new ImportCancelledException(file.getFileName().toString(), "");
            }
            if (fault.get() != null) {
                throw fault.get();
            }
            return read.get();
        }
    }

    /** The dimensions or columns and their first values; the regions that are not today's, and what to do. */
    final class PreviewPage extends WizardPage {

        TableViewer viewer;
        private Label values;
        Text regionNotes;
        Button skipUnmatched;
        Button asCountry;

        PreviewPage() {
            super("preview");
            setTitle(Messages.get("import.preview.title"));
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(1, false));
            viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
            viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            TableColumns.add(viewer, Messages.get("import.preview.name"), 200, ImportSource.Variable.class, ImportSource.Variable::label);
            TableColumns.add(viewer, Messages.get("import.preview.values"), 400, ImportSource.Variable.class,
                    v -> String.join(" | ", v.firstValues()));
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            values = new Label(body, SWT.WRAP);
            values.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            regionNotes = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
            GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, false);
            notesData.heightHint = 70;
            regionNotes.setLayoutData(notesData);
            skipUnmatched = option(body, "import.preview.skip", () -> options = options.withSkipUnmatchedRegions(
                    skipUnmatched.getSelection()));
            asCountry = option(body, "import.preview.country", () -> options = options.withCountryWhenNoRegion(
                    asCountry.getSelection()));
            setControl(body);
        }

        private Button option(Composite body, String key, Runnable apply) {
            Button option = new Button(body, SWT.CHECK);
            option.setText(Messages.get(key));
            option.setVisible(false);
            option.addListener(SWT.Selection, e -> {
                apply.run();
                recheck();
            });
            return option;
        }

        void show(ImportSource shown) {
            if (viewer == null) {
                return;
            }
            viewer.setInput(shown == null ? List.of() : shown.variables());
            values.setText(shown == null ? "" : String.join("  ", shown.firstValues()));
            setDescription(shown == null ? "" : Messages.get("import.preview.description", shown.file().getFileName()));
            skipUnmatched.setSelection(false);
            asCountry.setSelection(false);
        }

        /** The regions mapped to today's numbers or not importable, the national notice, and the options. */
        void showCheck(ImportCheck shown) {
            if (viewer == null) {
                return;
            }
            StringBuilder notes = new StringBuilder();
            if (shown != null) {
                shown.regions().forEach(region -> notes.append(region.describe()).append('\n'));
                notes.append(shown.summary());
            }
            regionNotes.setText(notes.toString().strip());
            boolean unmatched = shown != null && !shown.unmatched().isEmpty();
            skipUnmatched.setVisible(unmatched);
            skipUnmatched.setText(Messages.get("import.preview.skip", unmatched ? shown.unmatched().size() : 0));
            asCountry.setVisible(shown != null && shown.national());
            setErrorMessage(null);
            if (unmatched && !skipUnmatched.getSelection()) {
                setMessage(Messages.get("import.preview.unmatched", shown.unmatched().size()), IMessageProvider.WARNING);
            } else if (shown != null && shown.national() && !asCountry.getSelection()) {
                setMessage(shown.problems().get(0), IMessageProvider.WARNING);
            } else if (shown != null && !shown.renumbered().isEmpty()) {
                setMessage(Messages.get("import.preview.renumbered", shown.renumbered().size()), IMessageProvider.INFORMATION);
            } else {
                setMessage(null);
            }
            ((Composite) getControl()).layout(true, true);
        }
    }

    /** Region, time and content variable (guessed), content code and target indicator. */
    final class MappingPage extends WizardPage {

        Combo region;
        Combo time;
        Combo content;
        Combo contentCode;
        IndicatorChooser chooser;
        private List<String> keys = List.of();
        private List<String> codes = List.of();

        MappingPage() {
            super("mapping");
            setTitle(Messages.get("import.mapping.title"));
            setDescription(Messages.get("import.mapping.description"));
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(2, false));
            region = combo(body, "import.mapping.region");
            time = combo(body, "import.mapping.time");
            content = combo(body, "import.mapping.content");
            contentCode = combo(body, "import.mapping.contentCode");
            content.addListener(SWT.Selection, e -> fillCodes());
            Label label = new Label(body, SWT.NONE);
            label.setText(Messages.get("import.mapping.indicator"));
            label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            chooser = new IndicatorChooser(body, targets, this::indicatorChanged);
            setControl(body);
        }

        private Combo combo(Composite body, String label) {
            new Label(body, SWT.NONE).setText(Messages.get(label));
            Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.setVisibleItemCount(20);
            combo.addListener(SWT.Selection, e -> mappingChanged());
            return combo;
        }

        private void mappingChanged() {
            if (source != null) {
                recheck();
            }
        }

        private void indicatorChanged() {
            showCheck(check);
            getContainer().updateButtons();
        }

        void show(ImportSource shown) {
            if (region == null) {
                return;
            }
            List<String> labels = new ArrayList<>();
            List<String> newKeys = new ArrayList<>();
            labels.add("-");
            newKeys.add(null);
            if (shown != null) {
                for (ImportSource.Variable variable : shown.variables()) {
                    labels.add(variable.label() + " (" + variable.key() + ")");
                    newKeys.add(variable.key());
                }
            }
            keys = newKeys;
            String[] items = labels.toArray(String[]::new);
            String[] guess = shown == null ? new String[3] : shown.guess();
            Combo[] combos = { region, time, content };
            for (int i = 0; i < 3; i++) {
                combos[i].setItems(items);
                combos[i].select(Math.max(0, keys.indexOf(guess[i])));
            }
            chooser.select(null);
            fillCodes(shown);
        }

        private void fillCodes() {
            fillCodes(source);
            mappingChanged();
        }

        private void fillCodes(ImportSource shown) {
            String contentKey = key(content);
            codes = new ArrayList<>();
            codes.add(null);
            if (shown != null) {
                codes.addAll(shown.contentCodes(contentKey));
            }
            contentCode.setItems(codes.stream().map(c -> c == null ? Messages.get("import.mapping.allContent") : c).toArray(String[]::new));
            contentCode.select(codes.size() > 1 ? 1 : 0);
            offerNew(shown);
        }

        private void offerNew(ImportSource shown) {
            chooser.offerNew(shown == null ? null : shown.contentLabel(key(content), contentCode()));
        }

        /** The findings that stop the import, at this page, with Finish disabled until they are resolved. */
        void showCheck(ImportCheck shown) {
            if (region == null) {
                return;
            }
            offerNew(source);
            if (shown != null && !shown.canImport()) {
                setErrorMessage(shown.problems().get(0));
            } else {
                setErrorMessage(null);
                setMessage(shown != null && indicator() == null ? Messages.get("import.mapping.noIndicator")
                        : shown == null ? null : shown.summary());
            }
        }

        /** The mapping and options chosen now. */
        ImportChoice choice() {
            return new ImportChoice(key(region), key(time), key(content), contentCode(), options);
        }

        String key(Combo combo) {
            int index = combo.getSelectionIndex();
            return index < 0 || index >= keys.size() ? null : keys.get(index);
        }

        String contentCode() {
            int index = contentCode.getSelectionIndex();
            return index < 0 || index >= codes.size() || key(content) == null ? null : codes.get(index);
        }

        void selectContentCode(String code) {
            contentCode.select(Math.max(0, codes.indexOf(code)));
            mappingChanged();
        }

        Indicator indicator() {
            return chooser == null ? null : chooser.selected();
        }

        void selectIndicator(Indicator target) {
            chooser.select(target);
        }

        List<Indicator> targets() {
            return chooser.targets();
        }
    }
}
