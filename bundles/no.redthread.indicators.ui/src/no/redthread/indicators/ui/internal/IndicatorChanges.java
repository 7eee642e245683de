package no.redthread.indicators.ui.internal;

import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

import no.redthread.workspace.Workspace;

/**
 * Whether the workspace's indicator data changed since a view last asked: another workspace, another indicator root,
 * or any change under the root (an import, an edit, their undo). Lets a view skip rebuilding on the workspace's
 * other edits, e.g. every answer of an assessment.
 */
final class IndicatorChanges {

    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                changed = true;
            }
        }
    };
    private Workspace workspace;
    private EObject root;
    private boolean changed = true;

    /** True (once) when the indicator data changed since the last call. */
    boolean takeChanged(Optional<Workspace> current) {
        Workspace now = current.orElse(null);
        EObject nowRoot = now == null ? null : IndicatorModel.root(now).orElse(null);
        if (now != workspace || nowRoot != root) {
            dispose();
            workspace = now;
            root = nowRoot;
            if (root != null) {
                root.eAdapters().add(listener);
            }
            changed = true;
        }
        boolean result = changed;
        changed = false;
        return result;
    }

    /** Stops listening to the indicator root. */
    void dispose() {
        if (root != null) {
            root.eAdapters().remove(listener);
        }
        root = null;
        workspace = null;
    }
}
