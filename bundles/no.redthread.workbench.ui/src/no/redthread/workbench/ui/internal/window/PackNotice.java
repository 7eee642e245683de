package no.redthread.workbench.ui.internal.window;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import no.redthread.workbench.packs.ContributionTexts;
import no.redthread.workbench.packs.PackProblem;
import no.redthread.workbench.ui.internal.Messages;

/**
 * A modeless window that names refused content-pack files (bundle, file, line and column, field, reason) and leads
 * to the Plugins view. Modeless, so a pack dropped into plugins/ while someone works does not block the window.
 */
final class PackNotice {

    private final Shell shell;
    private final Text problems;

    PackNotice(Shell window, Runnable showPlugins) {
        shell = new Shell(window, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        shell.setText(Messages.get("packs.notice.title"));
        shell.setLayout(new GridLayout(2, false));
        Label icon = new Label(shell, SWT.NONE);
        icon.setImage(shell.getDisplay().getSystemImage(SWT.ICON_WARNING));
        Label text = new Label(shell, SWT.WRAP);
        text.setText(Messages.get("packs.notice.text"));
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problems = new Text(shell, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData listLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        listLayout.widthHint = 560;
        listLayout.heightHint = 140;
        problems.setLayoutData(listLayout);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
        button(buttons, Messages.get("packs.notice.show"), () -> {
            showPlugins.run();
            shell.close();
        });
        Button close = button(buttons, Messages.get("packs.notice.close"), shell::close);
        shell.setDefaultButton(close);
    }

    /** Opens the notice beside the window, sized to what it lists. */
    void open(Shell window) {
        shell.pack();
        centreOn(window);
        shell.open();
    }

    private void centreOn(Shell window) {
        org.eclipse.swt.graphics.Rectangle outer = window.getBounds();
        org.eclipse.swt.graphics.Point size = shell.getSize();
        shell.setLocation(outer.x + (outer.width - size.x) / 2, outer.y + (outer.height - size.y) / 2);
    }

    private static Button button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    void add(List<PackProblem> refused) {
        StringBuilder text = new StringBuilder(problems.getText());
        for (PackProblem problem : refused) {
            text.append(text.isEmpty() ? "" : "\n").append(ContributionTexts.problem(problem));
        }
        problems.setText(text.toString());
    }

    boolean isDisposed() {
        return shell.isDisposed();
    }

    Shell shell() {
        return shell;
    }

    /** The problems as listed. */
    String text() {
        return problems.getText();
    }
}
