package no.redthread.planning.ui.internal.parts;

import org.eclipse.emf.ecore.EObject;

import no.redthread.workspace.Workspace;

/** Whether an object a view shows still belongs to the open workspace (not closed, replaced or deleted). */
final class InWorkspace {

    private InWorkspace() {
    }

    static boolean contains(Workspace workspace, EObject object) {
        return workspace != null && object != null && object.eResource() != null
                && object.eResource().getResourceSet() == workspace.resourceSet();
    }
}
