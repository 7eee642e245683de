package no.redthread.workspace.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.UndoContext;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;
import no.redthread.workspace.WorkspaceService;

/**
 * The workbench's global Undo/Redo on the current workspace's command stack. Ranked above the
 * default (0), so the window uses it unless the active part has its own context.
 */
@Component(service = UndoContext.class, property = "service.ranking:Integer=100")
public final class WorkspaceUndoContext implements UndoContext, WorkspaceListener {

    private final WorkspaceService workspaces;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public WorkspaceUndoContext(@Reference(name = "workspaces") WorkspaceService workspaces) {
        this.workspaces = workspaces;
        workspaces.addListener(this);
    }

    @Deactivate
    void deactivate() {
        workspaces.removeListener(this);
    }

    /**
     * Registers a listener told whenever undo or redo may have changed (a command ran, was undone or
     * redone, a workspace opened or closed); returns a handle that removes it.
     */
    @Override
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private CommandStack stack() {
        return workspaces.current().map(Workspace::commandStack).orElse(null);
    }

    @Override
    public boolean canUndo() {
        CommandStack stack = stack();
        return stack != null && stack.canUndo();
    }

    @Override
    public boolean canRedo() {
        CommandStack stack = stack();
        return stack != null && stack.canRedo();
    }

    @Override
    public void undo() {
        CommandStack stack = stack();
        if (stack != null && stack.canUndo()) {
            stack.undo();
        }
    }

    @Override
    public void redo() {
        CommandStack stack = stack();
        if (stack != null && stack.canRedo()) {
            stack.redo();
        }
    }

    @Override
    public String undoLabel() {
        CommandStack stack = stack();
        return stack == null ? "" : label(stack.getUndoCommand());
    }

    @Override
    public String redoLabel() {
        CommandStack stack = stack();
        return stack == null ? "" : label(stack.getRedoCommand());
    }

    private static String label(Command command) {
        return CommandLabels.of(command);
    }

    @Override
    public void opened(Workspace workspace) {
        changed();
    }

    @Override
    public void closed(Workspace workspace) {
        changed();
    }

    @Override
    public void commandStackChanged(Workspace workspace) {
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
