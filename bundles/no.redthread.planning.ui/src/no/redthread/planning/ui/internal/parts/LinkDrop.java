package no.redthread.planning.ui.internal.parts;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import no.redthread.planning.ui.internal.Messages;
import no.redthread.workbench.ui.PartSite;

/**
 * Linking by drag and drop in the Explorer: a measure onto a goal, a goal onto an SDG target or a
 * theme. Linking is the only meaningful drop there, so a plain drag (which the platform offers as
 * a move) links, as do drags with Ctrl or Shift. The target under the pointer is highlighted and
 * the status line says what a drop will do; the link is one command, undone in one step.
 */
final class LinkDrop extends ViewerDropAdapter {

    /** Every operation a drag may start with; each becomes a link. */
    static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

    private final Supplier<EditingDomain> domain;
    private final PartSite site;

    private LinkDrop(StructuredViewer viewer, Supplier<EditingDomain> domain, PartSite site) {
        super(viewer);
        this.domain = domain;
        this.site = site;
        setFeedbackEnabled(false); // only the target is highlighted: there is no "before" or "after"
    }

    /** Makes the viewer's objects draggable and its objects drop targets for links. */
    static void install(StructuredViewer viewer, Supplier<EditingDomain> domain, PartSite site) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                if (event.detail == DND.DROP_NONE) {
                    site.setStatusMessage(""); // the hint of a drag that was not dropped
                }
            }
        });
        viewer.addDropSupport(OPERATIONS, transfers, new LinkDrop(viewer, domain, site));
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        Object dragged = dragged();
        Command command = linkCommand(dragged, target);
        boolean valid = command != null && command.canExecute();
        if (valid) {
            overrideOperation(DND.DROP_LINK);
            site.setStatusMessage(Messages.get("explorer.link.hint", name(dragged), name(target)));
        } else {
            site.setStatusMessage(Messages.get("explorer.link.how"));
        }
        return valid;
    }

    @Override
    public boolean performDrop(Object data) {
        Object dragged = dragged();
        Object target = getCurrentTarget();
        Command command = linkCommand(dragged, target);
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.get().getCommandStack().execute(command);
        String done = Messages.get("explorer.link.done", name(dragged), name(target));
        // after the views' updates that this change has queued (Problems writes its count to the same line)
        getViewer().getControl().getDisplay().asyncExec(() -> site.setStatusMessage(done));
        return true;
    }

    /** The link made by dropping the dragged object on a target, or null. */
    Command linkCommand(Object dragged, Object target) {
        EditingDomain editingDomain = domain.get();
        return editingDomain == null ? null : ExplorerActions.link(editingDomain, dragged, target);
    }

    private static Object dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
                ? selection.getFirstElement() : null;
    }

    private static String name(Object object) {
        return object instanceof EObject eObject ? Labels.name(eObject) : "";
    }
}
