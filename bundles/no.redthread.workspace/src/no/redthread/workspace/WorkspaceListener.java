package no.redthread.workspace;

import java.util.List;

/**
 * Told what happens to the current workspace. Methods are called on the thread that caused the
 * event (the caller of open/save, the thread that executed a command, or the autosave thread for
 * autosave problems); a UI listener moves to its own thread itself.
 */
public interface WorkspaceListener {

    /** A workspace was opened, created, imported or recovered and is now the current one. */
    default void opened(Workspace workspace) {
    }

    /** The workspace is no longer the current one; its objects must not be used any more. */
    default void closed(Workspace workspace) {
    }

    /** The workspace got unsaved changes, or lost them by saving. */
    default void dirtyChanged(Workspace workspace, boolean dirty) {
    }

    /** The list of problems changed; {@code problems} is the whole new list. */
    default void problemsChanged(Workspace workspace, List<WorkspaceProblem> problems) {
    }

    /** A command was executed, undone or redone, or the command stack was flushed. */
    default void commandStackChanged(Workspace workspace) {
    }

    /** The workspace was saved (to its folder, or to a new one by save-as). */
    default void saved(Workspace workspace) {
    }
}
