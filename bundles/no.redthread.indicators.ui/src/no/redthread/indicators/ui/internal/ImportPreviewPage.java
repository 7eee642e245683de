package no.redthread.indicators.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.indicators.imports.ImportCheck;
import no.redthread.indicators.imports.ImportSource;
import no.redthread.workbench.ui.TableColumns;

/** The dimensions or columns and their first values; the regions that are not today's, and what to do. */
final class ImportPreviewPage extends WizardPage {

    private final ImportWizard wizard;

    TableViewer viewer;
    private Label values;
    Text regionNotes;
    Button skipUnmatched;
    Button asCountry;

    ImportPreviewPage(ImportWizard wizard) {
        super("preview");
        this.wizard = wizard;
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
        skipUnmatched = option(body, "import.preview.skip",
                () -> wizard.options = wizard.options.withSkipUnmatchedRegions(skipUnmatched.getSelection()));
        asCountry = option(body, "import.preview.country",
                () -> wizard.options = wizard.options.withCountryWhenNoRegion(asCountry.getSelection()));
        setControl(body);
    }

    private Button option(Composite body, String key, Runnable apply) {
        Button option = new Button(body, SWT.CHECK);
        option.setText(Messages.get(key));
        option.setVisible(false);
        option.addListener(SWT.Selection, e -> {
            apply.run();
            wizard.recheck();
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
            if (shown.canImport()) {
                notes.append(shown.summary());
            }
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
