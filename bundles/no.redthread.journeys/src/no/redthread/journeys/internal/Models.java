package no.redthread.journeys.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** Reads module models by their EClass names, so a journey needs no module's internal API. Call on the UI thread. */
final class Models {

    private Models() {
    }

    /** Every object of the open workspace's module roots whose class has this name. */
    static List<EObject> all(WorkspaceService workspaces, String eClassName) {
        List<EObject> found = new ArrayList<>();
        Workspace workspace = workspaces.current().orElse(null);
        if (workspace == null) {
            return found;
        }
        for (EObject root : workspace.moduleRoots().values()) {
            if (root.eClass().getName().equals(eClassName)) {
                found.add(root);
            }
            root.eAllContents().forEachRemaining(o -> {
                if (o.eClass().getName().equals(eClassName)) {
                    found.add(o);
                }
            });
        }
        return found;
    }
}
