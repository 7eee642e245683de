package no.redthread.workbench.ui.internal.window;

import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The message line at the bottom of the window. (JFace's StatusLineManager renders an SVG stop
 * button at creation, which pulls AWT into start-up for a button the workbench does not use yet.)
 */
final class StatusLine implements StatusMessages {

    private Label message;
    /** The part whose message shows, or null. */
    private String owner;

    Composite createControl(Shell shell) {
        Composite line = new Composite(shell, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        line.setLayout(layout);
        message = new Label(line, SWT.NONE);
        message.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false));
        return line;
    }

    @Override
    public void show(String partId, String text) {
        if (message != null && !message.isDisposed()) {
            owner = partId;
            message.setText(text == null ? "" : text);
        }
    }

    /** Clears the message when the part that showed it is no longer in the window (a perspective left it). */
    void clearUnless(Predicate<String> shown) {
        if (owner != null && !shown.test(owner)) {
            show(null, "");
        }
    }

    String text() {
        return message == null || message.isDisposed() ? "" : message.getText();
    }
}
