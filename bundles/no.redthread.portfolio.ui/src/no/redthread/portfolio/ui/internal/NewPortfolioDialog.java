package no.redthread.portfolio.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
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

import no.redthread.portfolio.Portfolio;
import no.redthread.portfolio.PortfolioService;

/**
 * File → Ny portefølje: a name, a parent folder and municipality numbers (typed or pasted, old numbers too). OK
 * creates every workspace in one go; a refusal (an unknown number, an existing folder) stays in the dialog.
 */
final class NewPortfolioDialog extends TitleAreaDialog {

    private final PortfolioService portfolios;
    private final Path defaultParent;
    Text name;
    Text parent;
    Text numbers;
    private Portfolio created;

    NewPortfolioDialog(Shell shell, PortfolioService portfolios, Path defaultParent) {
        super(shell);
        this.portfolios = portfolios;
        this.defaultParent = defaultParent;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("new.title"));
    }

    @Override
    protected Control createDialogArea(Composite container) {
        setTitle(Messages.get("new.title"));
        setMessage(Messages.get("new.message"));
        Composite area = (Composite) super.createDialogArea(container);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        name = field(form, "new.name", SWT.BORDER, 2);
        parent = field(form, "new.parent", SWT.BORDER, 1);
        parent.setText(defaultParent.toString());
        Button browse = new Button(form, SWT.PUSH);
        browse.setText(Messages.get("new.browse"));
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(parent.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                parent.setText(chosen);
            }
        });
        numbers = field(form, "new.numbers", SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP, 2);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tall.heightHint = 120;
        numbers.setLayoutData(tall);
        numbers.setMessage(Messages.get("new.numbers.hint"));
        return area;
    }

    private static Text field(Composite form, String key, int style, int span) {
        Label label = new Label(form, SWT.NONE);
        label.setText(Messages.get(key));
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Text text = new Text(form, style);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return text;
    }

    @Override
    protected void okPressed() {
        if (name.getText().isBlank()) {
            setErrorMessage(Messages.get("new.noName"));
            return;
        }
        try {
            created = portfolios.create(name.getText().strip(), Path.of(parent.getText().strip()), numbers.getText());
            super.okPressed();
        } catch (Exception e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite bar) {
        createButton(bar, IDialogConstants.OK_ID, Messages.get("new.create"), true);
        createButton(bar, IDialogConstants.CANCEL_ID, Messages.get("new.cancel"), false);
    }

    Portfolio created() {
        return created;
    }
}
