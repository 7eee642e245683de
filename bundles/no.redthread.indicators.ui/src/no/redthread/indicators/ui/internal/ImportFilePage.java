package no.redthread.indicators.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.indicators.imports.ImportCancelledException;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportSource;

/** Choose the file; the format is detected. */
final class ImportFilePage extends WizardPage {

    private final ImportWizard wizard;

    /** How long typing must pause before the file is read, so a path typed letter by letter is not read each time. */
    static final int TYPING_PAUSE_MS = 400;

    Text text;
    private int edits;
    private Label kind;

    ImportFilePage(ImportWizard wizard) {
        super("file");
        this.wizard = wizard;
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
                readNow();
            }
        });
        kind = new Label(body, SWT.WRAP);
        kind.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        text.addModifyListener(e -> readAfterPause());
        setControl(body);
    }

    private void readAfterPause() {
        int edit = ++edits;
        text.getDisplay().timerExec(TYPING_PAUSE_MS, () -> {
            if (edit == edits && !text.isDisposed()) {
                read();
            }
        });
    }

    /** Reads the file named now, without waiting for a pause in typing (a chosen file, tests). */
    void readNow() {
        edits++;
        read();
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
        wizard.sourceChanged(read);
    }

    /** Reads in the wizard's progress monitor, so a large file shows progress and Cancel stops the read. */
    private ImportSource readInMonitor(Path file) throws ImportException {
        AtomicReference<ImportSource> read = new AtomicReference<>();
        AtomicReference<ImportException> fault = new AtomicReference<>();
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(Messages.get("import.reading", file.getFileName()), ProgressMonitors.UNITS);
                try {
                    read.set(ImportSource.read(file, wizard.monitors.apply(ProgressMonitors.of(monitor))));
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
