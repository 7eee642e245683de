package no.redthread.workbench.ui.internal.window;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.workbench.ui.internal.Messages;

/**
 * Shown in place of a part that failed: which bundle, the root cause first (the wrapping exceptions say little),
 * and the stack trace folded below it.
 */
final class ErrorPanel extends Composite {

    /** Widget data key that marks the panel, for tests and tools. */
    static final String MARKER = "redthread.errorPanel";
    /** Widget data key of the label that shows the root cause. */
    static final String CAUSE = "redthread.errorPanel.cause";
    /** Widget data key of the folded details (the stack trace or failure text). */
    static final String DETAILS = "redthread.errorPanel.details";

    ErrorPanel(Composite parent, String partLabel, String bundle, String message, Throwable cause) {
        super(parent, SWT.NONE);
        setData(MARKER, Boolean.TRUE);
        setLayout(new GridLayout(2, false));
        Label icon = new Label(this, SWT.NONE);
        icon.setImage(getDisplay().getSystemImage(SWT.ICON_ERROR));
        Label title = new Label(this, SWT.WRAP);
        title.setText(Messages.get("error.part.title", partLabel, bundle));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        String details = cause != null ? stackTrace(cause) : message == null ? "" : message;
        Label reason = new Label(this, SWT.WRAP);
        reason.setData(CAUSE, Boolean.TRUE);
        reason.setText(Messages.get("error.part.cause",
                cause != null ? RootCause.describe(cause) : RootCause.describe(details)));
        reason.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        if (!details.isBlank()) {
            folded(details);
        }
    }

    /** A button that unfolds the details: read only when the root cause is not enough. */
    private void folded(String text) {
        Button toggle = new Button(this, SWT.TOGGLE);
        toggle.setText(Messages.get("error.part.details"));
        toggle.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false, 2, 1));
        Text details = new Text(this, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        details.setData(DETAILS, Boolean.TRUE);
        details.setText(text);
        details.setBackground(Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        layout.exclude = true;
        details.setLayoutData(layout);
        details.setVisible(false);
        toggle.addListener(SWT.Selection, e -> {
            layout.exclude = !toggle.getSelection();
            details.setVisible(toggle.getSelection());
            layout(true, true);
        });
    }

    private static String stackTrace(Throwable cause) {
        StringWriter text = new StringWriter();
        cause.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
