package no.redthread.workspace.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import no.redthread.model.plan.PlanSystem;

/**
 * Loads and creates detached workspaces. Each gets listeners of its own that nobody registers with, so the
 * workbench hears nothing; the module contributions (packages, item providers, missing roots) are the service's.
 */
final class DetachedLoader {

    private final Contributions contributions;

    DetachedLoader(Contributions contributions) {
        this.contributions = contributions;
    }

    DetachedWorkspaceImpl load(Path folder) throws IOException {
        Path path = folder.toAbsolutePath().normalize();
        if (Transaction.pending(path)) {
            // completing an interrupted save needs the lock first; the folder is readable enough to have saved into
            Optional<FolderLock> lock = FolderLock.acquireAlone(path);
            if (lock.isEmpty()) {
                return readOnly(read(path), Reasons.get("detached.openHere"));
            }
            return locked(lock.get(), () -> {
                Transaction.recover(path);
                return read(path);
            });
        }
        // read before locking: a folder that cannot be read gets nothing written into it, not even the lock file
        WorkspaceImpl workspace = read(path);
        if (!workspace.problems().isEmpty()) {
            return readOnly(workspace, Reasons.get("detached.unreadable"));
        }
        Optional<FolderLock> lock = FolderLock.acquireAlone(path);
        if (lock.isEmpty()) {
            return readOnly(workspace, Reasons.get("detached.openHere"));
        }
        return locked(lock.get(), () -> workspace);
    }

    DetachedWorkspaceImpl create(Path folder, PlanSystem planSystem) throws IOException {
        Path path = folder.toAbsolutePath().normalize();
        if (Files.exists(path.resolve(Manifest.FILE))) {
            throw new FileAlreadyExistsException(path.toString(), null, Reasons.get("service.exists"));
        }
        WorkspaceImpl workspace = new WorkspaceImpl(path, contributions.adapterFactory(), contributions.packages(),
                new Listeners());
        workspace.addRoot(WorkspaceReader.PLAN_SYSTEM_FILE, Manifest.PLAN_SYSTEM, null, planSystem, false);
        Files.createDirectories(path);
        Optional<FolderLock> lock = FolderLock.acquireAlone(path);
        if (lock.isEmpty()) {
            throw new FileAlreadyExistsException(path.toString(), null, Reasons.get("detached.openHere"));
        }
        return locked(lock.get(), () -> {
            contributions.addMissingModules(workspace);
            WorkspaceWriter.save(workspace, path);
            return workspace;
        });
    }

    private WorkspaceImpl read(Path path) throws IOException {
        WorkspaceImpl workspace = new WorkspaceReader(contributions.packages(), contributions.adapterFactory(),
                new Listeners()).read(path);
        contributions.addMissingModules(workspace);
        return workspace;
    }

    private static DetachedWorkspaceImpl readOnly(WorkspaceImpl workspace, String reason) {
        return new DetachedWorkspaceImpl(workspace, null, reason);
    }

    private static DetachedWorkspaceImpl locked(FolderLock lock, Loading loading) throws IOException {
        try {
            return new DetachedWorkspaceImpl(loading.load(), lock, null);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private interface Loading {
        WorkspaceImpl load() throws IOException;
    }
}
