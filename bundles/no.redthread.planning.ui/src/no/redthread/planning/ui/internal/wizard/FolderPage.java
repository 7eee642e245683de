package no.redthread.planning.ui.internal.wizard;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.planning.ui.internal.Messages;

/**
 * Where the workspace folder goes; it must not exist yet or be empty. The folder proposed follows the chosen
 * municipality until the user writes or browses to a folder of their own.
 */
final class FolderPage extends WizardPage {

    private final Path defaultParent;
    private Text folder;
    /** The folder last proposed; text that differs from it is the user's own and is kept. */
    private String proposal = "";

    FolderPage(Path defaultParent) {
        super("folder");
        this.defaultParent = defaultParent;
        setTitle(Messages.get("wizard.folder.title"));
        setDescription(Messages.get("wizard.folder.description"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText(Messages.get("wizard.folder.label"));
        folder = new Text(area, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.get("wizard.folder.browse"));
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(defaultParent.toString());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        folder.addModifyListener(e -> validate());
        folder.setText(proposal);
        setControl(area);
    }

    /** Proposes a folder named after the chosen municipality, unless the user has written their own. */
    void propose(String name) {
        String text = folder == null ? proposal : folder.getText();
        if (!text.isBlank() && !text.equals(proposal)) {
            return;
        }
        proposal = name == null ? "" : defaultParent.resolve(name.replaceAll("[^\\p{L}\\p{N} _-]", "").trim()).toString();
        if (folder != null) {
            folder.setText(proposal);
        }
    }

    Path folder() {
        return Path.of(folder.getText().trim());
    }

    private void validate() {
        String text = folder.getText().trim();
        String error = null;
        if (text.isEmpty()) {
            error = Messages.get("wizard.folder.missing");
        } else if (Files.isRegularFile(Path.of(text))) {
            error = Messages.get("wizard.folder.isFile");
        } else if (Files.isDirectory(Path.of(text)) && !isEmpty(Path.of(text))) {
            error = Messages.get("wizard.folder.notEmpty");
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private static boolean isEmpty(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
