package no.redthread.workspace.internal;

import org.eclipse.emf.common.command.Command;

import no.redthread.workbench.LocalizedText;

/**
 * The label of a command for Undo and Redo in the UI language. EMF.Edit names its generic commands ("Set", "Add",
 * "Delete", ...) in English only; those are translated here, every other label (the modules' own) is kept.
 */
final class CommandLabels {

    private static final LocalizedText TEXT = new LocalizedText("no.redthread.workspace.internal.commandlabels",
            CommandLabels.class);

    private CommandLabels() {
    }

    static String of(Command command) {
        String label = command == null || command.getLabel() == null ? "" : command.getLabel();
        return label.isEmpty() ? label : TEXT.find(label).orElse(label);
    }
}
