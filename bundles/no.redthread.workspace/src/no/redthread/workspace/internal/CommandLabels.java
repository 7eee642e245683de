package no.redthread.workspace.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.command.Command;

/**
 * The label of a command for Undo and Redo in the UI language. EMF.Edit names its generic commands ("Set", "Add",
 * "Delete", ...) in English only; those are translated here, every other label (the modules' own) is kept.
 */
final class CommandLabels {

    private static final String BASE = "no.redthread.workspace.internal.commandlabels";

    private CommandLabels() {
    }

    static String of(Command command) {
        String label = command == null || command.getLabel() == null ? "" : command.getLabel();
        if (label.isEmpty()) {
            return label;
        }
        try {
            return ResourceBundle.getBundle(BASE, Locale.getDefault(), CommandLabels.class.getClassLoader())
                    .getString(label);
        } catch (MissingResourceException e) {
            return label;
        }
    }
}
