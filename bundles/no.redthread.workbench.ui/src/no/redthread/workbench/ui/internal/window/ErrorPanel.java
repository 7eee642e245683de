package no.redthread.workbench.ui.internal.window;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.workbench.ui.internal.Messages;

/** Shown in place of a part that failed: which bundle, what went wrong, and the details. */
final class ErrorPanel extends Composite {

    /** Widget data key that marks the panel, for tests and tools. */
    static final String MARKER = "redthread.errorPanel";

    ErrorPanel(Composite parent, String partLabel, String bundle, String message, Throwable cause) {
        super(parent, SWT.NONE);
        setData(MARKER, Boolean.TRUE);
        setLayout(new GridLayout(2, false));
        Label icon = new Label(this, SWT.NONE);
        icon.setImage(getDisplay().getSystemImage(SWT.ICON_ERROR));
        Label title = new Label(this, SWT.WRAP);
        title.setText(Messages.get("error.part.title", partLabel, bundle));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label reason = new Label(this, SWT.WRAP);
        reason.setText(message == null ? "" : message);
        reason.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        if (cause != null) {
            Text details = new Text(this, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
            details.setText(stackTrace(cause));
            details.setBackground(Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        }
    }

    private static String stackTrace(Throwable cause) {
        StringWriter text = new StringWriter();
        cause.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
