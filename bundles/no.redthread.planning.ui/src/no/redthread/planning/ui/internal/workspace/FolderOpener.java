package no.redthread.planning.ui.internal.workspace;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workspace.WorkspaceService;
import no.redthread.workspace.ui.WorkspaceOpener;

/** File → Open's path for other bundles (a portfolio's double-click): save or discard first, then open. */
@Component(service = WorkspaceOpener.class)
public final class FolderOpener implements WorkspaceOpener {

    private final WorkspaceService workspaces;

    @Activate
    public FolderOpener(@Reference WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public boolean open(Path folder) {
        if (!UnsavedChanges.resolve(workspaces)) {
            return false;
        }
        WorkspaceDialogs.open(workspaces, folder);
        return workspaces.current().map(workspace -> workspace.folder().equals(folder.toAbsolutePath().normalize()))
                .orElse(false);
    }
}
