package no.redthread.workspace;

import java.io.IOException;
import java.util.Optional;

/**
 * A workspace loaded beside the current one, without becoming current: its own resource set, editing domain and
 * folder lock, saved and closed by its holder. Listeners of the {@link WorkspaceService} hear nothing of it, and
 * there is no autosave journal. Several may be open at once, each used by one thread at a time, so a batch can work
 * on different folders in parallel. Obtain it from {@link DetachedWorkspaces#load} or
 * {@link DetachedWorkspaces#createDetached}; close it (try-with-resources) to release the folder.
 *
 * @since 1.1
 */
public interface DetachedWorkspace extends Workspace, AutoCloseable {

    /**
     * Why this workspace cannot be saved, in the UI language: a file of it could not be read (then nothing is ever written
     * into the folder, not even a lock), or the folder is already open in this process (e.g. as the current
     * workspace). Empty when it may be saved.
     */
    Optional<String> readOnlyReason();

    /**
     * Saves the changed files to the folder, atomically, as {@link WorkspaceService#save} does.
     *
     * @throws IOException when it is {@link #readOnlyReason() read-only} (naming the reason) or the save fails
     */
    void save() throws IOException;

    /** Releases the folder without saving; further use is an error. Closing twice does nothing. */
    @Override
    void close();
}
