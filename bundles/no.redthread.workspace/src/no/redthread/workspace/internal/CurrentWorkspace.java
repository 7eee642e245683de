package no.redthread.workspace.internal;

import java.nio.file.Path;
import java.util.List;

import no.redthread.workspace.WorkspaceProblem;

/** The one current workspace; listeners hear when it changes, and opened folders become recent. */
final class CurrentWorkspace {

    private final Listeners listeners;
    private final RecentWorkspaces recent;
    private WorkspaceImpl current;
    private FolderLock lock;

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

    /**
     * The lock of a folder: the current workspace's when it is the same folder (reopening it), else a new one.
     *
     * @throws java.nio.file.FileSystemException if another process or window has the folder open
     */
    synchronized FolderLock lockFor(Path folder) throws java.io.IOException {
        return lock != null && lock.folder().equals(folder) ? lock : FolderLock.acquire(folder);
    }

    /** Makes a workspace current, holding its folder's lock; the previous one is closed without saving. */
    WorkspaceImpl become(WorkspaceImpl workspace, FolderLock folderLock) {
        close(false, folderLock);
        synchronized (this) {
            current = workspace;
            lock = folderLock;
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
        close(keepJournal, null);
    }

    /** Moves the lock to another folder, after the workspace was saved there. */
    synchronized void relock(FolderLock folderLock) {
        if (lock != null && lock != folderLock) {
            lock.close();
        }
        lock = folderLock;
    }

    private void close(boolean keepJournal, FolderLock kept) {
        WorkspaceImpl closing;
        FolderLock releasing;
        synchronized (this) {
            closing = current;
            releasing = lock;
            current = null;
            lock = null;
        }
        if (releasing != null && releasing != kept) {
            releasing.close();
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
