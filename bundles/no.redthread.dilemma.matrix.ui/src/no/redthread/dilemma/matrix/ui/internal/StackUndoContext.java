package no.redthread.dilemma.matrix.ui.internal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;

import no.redthread.workbench.UndoContext;

/** Undo and redo of the matrix editor on its document's command stack. */
final class StackUndoContext implements UndoContext {

    private final BasicCommandStack stack;

    StackUndoContext(BasicCommandStack stack) {
        this.stack = stack;
    }

    @Override
    public boolean canUndo() {
        return stack.canUndo();
    }

    @Override
    public boolean canRedo() {
        return stack.canRedo();
    }

    @Override
    public void undo() {
        if (stack.canUndo()) {
            stack.undo();
        }
    }

    @Override
    public void redo() {
        if (stack.canRedo()) {
            stack.redo();
        }
    }

    @Override
    public String undoLabel() {
        return label(stack.getUndoCommand());
    }

    @Override
    public String redoLabel() {
        return label(stack.getRedoCommand());
    }

    @Override
    public AutoCloseable addListener(Runnable listener) {
        CommandStackListener adapter = event -> listener.run();
        stack.addCommandStackListener(adapter);
        return () -> stack.removeCommandStackListener(adapter);
    }

    private static String label(Command command) {
        return command == null || command.getLabel() == null ? "" : command.getLabel();
    }
}
