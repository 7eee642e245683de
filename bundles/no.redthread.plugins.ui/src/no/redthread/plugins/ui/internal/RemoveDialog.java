package no.redthread.plugins.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks before <i>Fjern</i> deletes a plugin's jar, naming the plugin, its version and its bundle: removing it closes
 * its views at once, and only the repository brings it back. Cancel is the default button.
 */
final class RemoveDialog extends MessageDialog {

    static final int REMOVE = 0;
    static final int CANCEL = 1;

    RemoveDialog(Shell parent, PluginRow row) {
        super(parent, Messages.get("remove.confirm.title"), null,
                Messages.get("remove.confirm.message", row.title(), row.installedVersion(), row.entry().symbolicName()),
                QUESTION, CANCEL, Messages.get("remove.confirm.remove"), Messages.get("remove.confirm.cancel"));
    }

    /** Whether the user chose to remove the plugin. */
    static boolean confirm(Shell parent, PluginRow row) {
        return new RemoveDialog(parent, row).open() == REMOVE;
    }

    /** What the dialog asks. */
    String message() {
        return message;
    }

    /** For tests: the dialog's buttons, {@link #REMOVE} and {@link #CANCEL}. */
    Button buttonFor(int index) {
        return getButton(index);
    }
}
