package no.redthread.plugins.ui.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** "Legg til depot…": a folder (chosen or typed) or an https address; OK only for one of those. */
final class AddRepositoryDialog extends Dialog {

    private Text address;
    private Label problem;
    private URI chosen;

    AddRepositoryDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("add.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.get("add.intro"));
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 520;
        intro.setLayoutData(wide);
        address = new Text(area, SWT.BORDER);
        address.setMessage(Messages.get("add.hint"));
        address.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.get("add.browse"));
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog folders = new DirectoryDialog(getShell());
            folders.setText(Messages.get("add.browse.title"));
            String folder = folders.open();
            if (folder != null) {
                address.setText(folder);
            }
        });
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        address.addModifyListener(e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.get("add.ok"));
        check();
    }

    private void check() {
        String typed = address.getText().trim();
        Optional<URI> uri = parse(typed);
        problem.setText(typed.isEmpty() || uri.isPresent() ? "" : Messages.get("add.invalid", typed));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(uri.isPresent());
        }
        chosen = uri.orElse(null);
    }

    /** An existing folder as a file: address, or an https address; nothing else can be a repository. */
    static Optional<URI> parse(String typed) {
        if (typed.toLowerCase(Locale.ROOT).startsWith("https://")) {
            try {
                URI uri = URI.create(typed.endsWith("/") ? typed : typed + "/");
                return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        try {
            Path folder = typed.startsWith("file:") ? Path.of(URI.create(typed)) : Path.of(typed);
            return typed.isEmpty() || !Files.isDirectory(folder) ? Optional.empty()
                    : Optional.of(folder.toAbsolutePath().toUri());
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return Optional.empty();
        }
    }

    /** The repository chosen, after OK. */
    URI chosen() {
        return chosen;
    }
}
