package no.redthread.planning.ui.internal.workspace;

import org.eclipse.jface.dialogs.MessageDialog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.eclipse.swt.widgets.Shell;

import no.redthread.planning.ui.internal.Messages;
import no.redthread.workbench.ui.CloseGuard;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** "Save changes?" before the window closes or another workspace replaces this one. */
@Component(service = CloseGuard.class)
public final class UnsavedChanges implements CloseGuard {

    private final WorkspaceService workspaces;

    @Activate
    public UnsavedChanges(@Reference WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public boolean okToClose(Shell shell) {
        return resolve(workspaces);
    }

    /** Names the workspace as the window title does (its organisation), not by its folder. */
    static String question(Workspace workspace) {
        return Messages.get("unsaved.text", WorkspaceDocument.nameOf(workspace));
    }

    /** Asks to save, discard or cancel when there are unsaved changes; true when it is fine to go on. */
    static boolean resolve(WorkspaceService workspaces) {
        var workspace = workspaces.current();
        if (workspace.isEmpty() || !workspace.get().isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(WorkspaceDialogs.shell(), Messages.get("unsaved.title"), null,
                question(workspace.get()), MessageDialog.QUESTION,
                new String[] { Messages.get("unsaved.save"), Messages.get("unsaved.discard"), Messages.get("unsaved.cancel") }, 0);
        return switch (dialog.open()) {
            case 0 -> WorkspaceDialogs.save(workspaces);
            case 1 -> true;
            default -> false;
        };
    }
}
