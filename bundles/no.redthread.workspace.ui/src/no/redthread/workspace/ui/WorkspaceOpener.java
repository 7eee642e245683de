package no.redthread.workspace.ui;

import java.nio.file.Path;

/**
 * Opens a folder as the workbench's workspace the way File → Open does: asks whether to save the current one's
 * unsaved changes (the user may cancel), offers to recover an autosave and reports files that cannot be read. An
 * OSGi service of the workbench; call it on the UI thread.
 *
 * @since 1.1
 */
public interface WorkspaceOpener {

    /** @return false when the user cancelled or the folder could not be opened (the user was told why) */
    boolean open(Path folder);
}
