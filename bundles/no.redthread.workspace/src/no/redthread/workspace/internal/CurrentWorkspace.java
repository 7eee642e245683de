package no.redthread.workspace.internal;

import java.nio.file.Path;
import java.util.List;

import no.redthread.workspace.WorkspaceProblem;

/** The one current workspace; listeners hear when it changes, and opened folders become recent. */
final class CurrentWorkspace {

    private final Listeners listeners;
    private final RecentWorkspaces recent;
    private WorkspaceImpl current;

    CurrentWorkspace(Listeners listeners, RecentWorkspaces recent) {
        this.listeners = listeners;
        this.recent = recent;
    }

    synchronized WorkspaceImpl get() {
        return current;
    }

    WorkspaceImpl require() {
        WorkspaceImpl workspace = get();
        if (workspace == null) {
            throw new IllegalStateException("no workspace is open");
        }
        return workspace;
    }

    /** Makes a workspace current; the previous one is closed without saving. */
    WorkspaceImpl become(WorkspaceImpl workspace) {
        close(false);
        synchronized (this) {
            current = workspace;
        }
        recent.add(workspace.folder());
        listeners.fire(listener -> listener.opened(workspace));
        List<WorkspaceProblem> problems = workspace.problems();
        if (!problems.isEmpty()) {
            listeners.fire(listener -> listener.problemsChanged(workspace, problems));
        }
        return workspace;
    }

    /**
     * Closes the current workspace, if any.
     *
     * @param keepJournal true at shutdown, when the autosave journal is kept for the next start;
     *                    false when the user chose to drop the unsaved changes
     */
    void close(boolean keepJournal) {
        WorkspaceImpl closing;
        synchronized (this) {
            closing = current;
            current = null;
        }
        if (closing != null) {
            if (!keepJournal) {
                AutosaveTimer.discardSession(closing);
            }
            listeners.fire(listener -> listener.closed(closing));
        }
    }

    void addRecent(WorkspaceImpl workspace) {
        recent.add(workspace.folder());
    }

    List<Path> recent() {
        return recent.list();
    }
}
