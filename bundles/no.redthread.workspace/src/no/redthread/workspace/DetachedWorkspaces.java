package no.redthread.workspace;

import java.io.IOException;
import java.nio.file.Path;

import no.redthread.model.plan.PlanSystem;

/**
 * Workspaces beside the current one (see {@link DetachedWorkspace}): for a batch over many folders, or figures read
 * from folders that are not open. An OSGi service of this bundle, with the same modules (packages, item providers,
 * roots of missing modules) as the {@link WorkspaceService}; the current workspace and its listeners are left alone.
 *
 * @since 1.1
 */
public interface DetachedWorkspaces {

    /**
     * Loads a workspace folder without making it current. A folder with a file that cannot be read loads read-only
     * (problems in {@link Workspace#problems()}) and nothing is written into it; otherwise its lock is taken (an
     * interrupted save is completed first). Safe to call from several threads on different folders.
     *
     * @throws IOException if the folder has no workspace.json, or another process has it open
     */
    DetachedWorkspace load(Path folder) throws IOException;

    /**
     * Creates a new workspace in a folder that has no workspace.json yet and writes it at once, as
     * {@link WorkspaceService#create} does, but detached: it does not become current.
     *
     * @throws java.nio.file.FileAlreadyExistsException if the folder already holds a workspace (it is left alone)
     */
    DetachedWorkspace createDetached(Path folder, PlanSystem planSystem) throws IOException;
}
