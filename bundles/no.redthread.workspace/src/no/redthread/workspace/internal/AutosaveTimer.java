package no.redthread.workspace.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import no.redthread.workspace.WorkspaceProblem;

/**
 * Writes the current workspace's autosave journal every few seconds while it has changes that are
 * neither saved nor autosaved yet, and on demand. The model is serialised between two commands
 * (see {@link LockingCommandStack}); the files are written outside that lock.
 */
final class AutosaveTimer {

    private final Supplier<WorkspaceImpl> current;
    private final ScheduledExecutorService executor;
    private WorkspaceImpl autosaved;
    private long autosavedChanges;

    /** @param seconds the period; 0 or less: only on demand */
    AutosaveTimer(long seconds, Supplier<WorkspaceImpl> current) {
        this.current = current;
        executor = seconds <= 0 ? null : Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "Redthread autosave");
            thread.setDaemon(true);
            return thread;
        });
        if (executor != null) {
            executor.scheduleWithFixedDelay(this::autosaveIfChanged, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Writes the journal if the workspace has unsaved changes. */
    void autosave(WorkspaceImpl workspace) throws IOException {
        if (!workspace.isDirty()) {
            return;
        }
        synchronized (workspace.io) {
            WorkspaceImpl.Snapshot snapshot = workspace.snapshot();
            Autosave.write(workspace.folder(), Instant.now(), snapshot.files());
            synchronized (this) {
                autosaved = workspace;
                autosavedChanges = snapshot.changes();
            }
        }
    }

    private void autosaveIfChanged() {
        WorkspaceImpl workspace = current.get();
        synchronized (this) {
            if (workspace == null || workspace == autosaved && workspace.changes() == autosavedChanges) {
                return;
            }
        }
        try {
            autosave(workspace);
        } catch (IOException | RuntimeException e) {
            workspace.addProblems(List.of(new WorkspaceProblem(workspace.folder().resolve(Autosave.AUTOSAVE),
                    "autosave failed: " + e)));
        }
    }

    static Optional<Autosave.Snapshot> recoverable(WorkspaceImpl workspace) {
        return Autosave.find(workspace.folder().resolve(Autosave.RECOVERY));
    }

    static void discardRecoverable(WorkspaceImpl workspace) throws IOException {
        synchronized (workspace.io) {
            FileSync.deleteTree(workspace.folder().resolve(Autosave.RECOVERY));
        }
    }

    /** Closing without saving: the user chose to drop the changes, so this session's journal goes too. */
    static void discardSession(WorkspaceImpl workspace) {
        synchronized (workspace.io) {
            try {
                FileSync.deleteTree(workspace.folder().resolve(Autosave.AUTOSAVE));
            } catch (IOException e) {
                System.getLogger(AutosaveTimer.class.getName()).log(System.Logger.Level.WARNING,
                        "Could not delete the autosave journal of " + workspace.folder(), e);
            }
        }
    }
}
