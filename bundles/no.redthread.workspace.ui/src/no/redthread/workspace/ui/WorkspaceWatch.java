package no.redthread.workspace.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Control;

import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;
import no.redthread.workspace.WorkspaceProblem;
import no.redthread.workspace.WorkspaceService;

/**
 * Calls a view back on its UI thread whenever the workspace opens, closes or changes; a burst of
 * changes gives one call.
 */
public final class WorkspaceWatch implements WorkspaceListener {

    private final WorkspaceService workspaces;
    private final Control control;
    private final Runnable onChange;
    private boolean queued;

    public WorkspaceWatch(WorkspaceService workspaces, Control control, Runnable onChange) {
        this.workspaces = workspaces;
        this.control = control;
        this.onChange = onChange;
        workspaces.addListener(this);
        control.addDisposeListener(e -> workspaces.removeListener(this));
    }

    public Optional<PlanSystem> planSystem() {
        return workspaces.current().flatMap(Workspace::planSystem);
    }

    public Optional<Workspace> workspace() {
        return workspaces.current();
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

    @Override
    public void problemsChanged(Workspace workspace, List<WorkspaceProblem> problems) {
        changed();
    }

    private synchronized void changed() {
        if (queued || control.isDisposed()) {
            return;
        }
        queued = true;
        control.getDisplay().asyncExec(() -> {
            synchronized (this) {
                queued = false;
            }
            if (!control.isDisposed()) {
                onChange.run();
            }
        });
    }
}
