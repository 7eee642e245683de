package no.redthread.dilemma.sessions.ui.internal;

import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import no.redthread.dilemma.matrix.ui.ShownMatrix;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;
import no.redthread.workspace.WorkspaceService;

/**
 * Puts the chosen session's matrix in the matrix editor and the analysis, so the scores the group enters are the
 * session's, saved with the workspace. A session that leaves the workspace (undone, or the workspace closed) is let
 * go (and shown again on redo), and the editor goes back to its own matrix.
 */
@Component(immediate = true)
public final class SessionMatrixBinding implements WorkspaceListener {

    private final ChosenSession chosen;
    private final ShownMatrix shown;
    private final WorkspaceService workspaces;
    private final Runnable stopWatching;
    private SessionMatrixDocument document;
    private volatile Display display;

    @Activate
    public SessionMatrixBinding(@Reference ChosenSession chosen, @Reference ShownMatrix shown,
            @Reference WorkspaceService workspaces) {
        this.chosen = chosen;
        this.shown = shown;
        this.workspaces = workspaces;
        workspaces.addListener(this);
        stopWatching = chosen.addListener(() -> onUiThread(this::follow));
    }

    @Deactivate
    void deactivate() {
        stopWatching.run();
        workspaces.removeListener(this);
        onUiThread(() -> show(null));
    }

    @Override
    public void closed(Workspace workspace) {
        later(() -> chosen.choose(null));
    }

    @Override
    public void commandStackChanged(Workspace workspace) {
        later(this::follow); // not now: the stack is telling its listeners, and a new document adds one
    }

    /** Shows the chosen session's matrix while the session is in the open workspace (undo may take it out). */
    private void follow() {
        Session session = chosen.get();
        boolean usable = session != null && session.eResource() != null && session.getMatrix() != null
                && workspaces.current().isPresent();
        if (!usable) {
            show(null);
        } else if (document == null || document.session() != session) {
            show(new SessionMatrixDocument(workspaces.current().get().editingDomain(), session));
        }
    }

    private void show(SessionMatrixDocument next) {
        SessionMatrixDocument previous = document;
        document = next;
        if (next != null) {
            shown.show(next);
        } else if (previous != null) {
            shown.release(previous);
        }
        if (previous != null) {
            previous.dispose();
        }
    }

    /**
     * Runs the action now on the UI thread, which is the thread that chose a session (the views need it); before
     * any session was chosen on a UI thread there is nothing shown to change, and no display is made for it.
     */
    private void onUiThread(Runnable action) {
        Display current = Display.getCurrent();
        if (current != null) {
            display = current;
            action.run();
        } else {
            later(action);
        }
    }

    private void later(Runnable action) {
        Display known = display;
        if (known != null && !known.isDisposed()) {
            known.asyncExec(action);
        }
    }
}
