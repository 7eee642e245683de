package no.redthread.planning.ui.internal.workspace;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.ActiveDocument;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;
import no.redthread.workspace.WorkspaceService;

/** The open workspace as the window title shows it: its organisation, with * for unsaved changes. */
@Component(service = ActiveDocument.class)
public final class WorkspaceDocument implements ActiveDocument, WorkspaceListener {

    private final WorkspaceService workspaces;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public WorkspaceDocument(@Reference WorkspaceService workspaces) {
        this.workspaces = workspaces;
        workspaces.addListener(this);
    }

    @Deactivate
    void deactivate() {
        workspaces.removeListener(this);
    }

    @Override
    public String name() {
        return workspaces.current().map(WorkspaceDocument::nameOf).orElse("");
    }

    @Override
    public boolean isDirty() {
        return workspaces.current().map(Workspace::isDirty).orElse(false);
    }

    @Override
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
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
    public void dirtyChanged(Workspace workspace, boolean dirty) {
        changed();
    }

    @Override
    public void saved(Workspace workspace) {
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** The organisation of the workspace, else its plan system, else its folder. */
    static String nameOf(Workspace workspace) {
        return workspace.planSystem().map(p -> p.getOrganisation() != null ? p.getOrganisation().getName() : p.getName())
                .filter(name -> name != null && !name.isBlank()).orElse(workspace.folder().getFileName().toString());
    }
}
