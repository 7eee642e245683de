package no.redthread.workbench.ui;

import org.eclipse.swt.widgets.Composite;

import no.redthread.workbench.UndoContext;

/** One open instance of a part, living in a tab of a part stack. */
public interface WorkbenchPart {

    /** Builds the part's controls in the given parent (it has a FillLayout). */
    void createControl(Composite parent);

    default void setFocus() {
    }

    /** The undo context Undo/Redo use while this part is active; null to use the global one. */
    default UndoContext undoContext() {
        return null;
    }

    /** Called when the tab closes or the contributing bundle stops. */
    default void dispose() {
    }
}
