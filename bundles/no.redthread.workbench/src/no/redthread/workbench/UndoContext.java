package no.redthread.workbench;

/**
 * Something whose changes can be undone, such as the workspace's editing domain. Register it as
 * an OSGi service: the global Undo/Redo commands delegate to the active part's context when it has
 * one and otherwise to the highest-ranked service.
 */
public interface UndoContext {

    boolean canUndo();

    boolean canRedo();

    void undo();

    void redo();

    /** Label of what undo would revert, for the Edit menu; empty when unknown. */
    default String undoLabel() {
        return "";
    }

    default String redoLabel() {
        return "";
    }

    /**
     * Registers a listener told whenever undo or redo may have changed, so menus and tool bar stay
     * current; returns a handle that removes it. The default tells nothing.
     */
    default AutoCloseable addListener(Runnable listener) {
        return () -> { };
    }
}
