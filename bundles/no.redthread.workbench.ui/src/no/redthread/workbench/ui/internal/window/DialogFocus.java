package no.redthread.workbench.ui.internal.window;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Gives the keyboard back to the shell a dialog was opened over when the dialog closes and no other shell has
 * taken it. A window manager does that on a desktop; without one (Xvfb, kiosk sessions) the keyboard stayed with
 * nobody, and key bindings did nothing until a click, e.g. after the crash-recovery question at start.
 */
final class DialogFocus implements Listener {

    private final Shell window;
    private final Runnable focusWindow;

    private DialogFocus(Shell window, Runnable focusWindow) {
        this.window = window;
        this.focusWindow = focusWindow;
    }

    /** @param focusWindow puts the focus into the window (its active part) once it is active again */
    static void install(Shell window, Runnable focusWindow) {
        Display display = window.getDisplay();
        DialogFocus listener = new DialogFocus(window, focusWindow);
        display.addFilter(SWT.Dispose, listener);
        window.addDisposeListener(e -> display.removeFilter(SWT.Dispose, listener));
    }

    @Override
    public void handleEvent(Event event) {
        if (event.widget instanceof Shell dialog && dialog.getParent() instanceof Shell parent && belongsToWindow(parent)) {
            dialog.getDisplay().asyncExec(() -> giveBackTo(parent));
        }
    }

    /** The window itself or one of its dialogs (a message over a wizard, say). */
    private boolean belongsToWindow(Shell shell) {
        for (Shell s = shell; s != null; s = s.getParent() instanceof Shell p ? p : null) {
            if (s == window) {
                return true;
            }
        }
        return false;
    }

    private void giveBackTo(Shell parent) {
        if (parent.isDisposed()) {
            return;
        }
        Shell active = parent.getDisplay().getActiveShell();
        if (active == null || active == parent) {
            parent.forceActive();
            if (parent == window) {
                focusWindow.run();
            }
        }
    }
}
