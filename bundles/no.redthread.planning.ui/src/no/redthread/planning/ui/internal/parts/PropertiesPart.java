package no.redthread.planning.ui.internal.parts;

import no.redthread.workspace.ui.WorkspaceWatch;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.model.edit.ui.PropertiesTable;
import no.redthread.planning.ui.internal.Messages;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The properties of the object selected in any view, editable through the workspace's commands. */
final class PropertiesPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final PartSite site;
    private Composite stack;
    private Label empty;
    private PropertiesTable table;
    private Workspace tableWorkspace;

    PropertiesPart(WorkspaceService workspaces, PartSite site) {
        this.workspaces = workspaces;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(new StackLayout());
        empty = new Label(stack, SWT.WRAP);
        empty.setText(Messages.get("properties.empty"));
        new WorkspaceWatch(workspaces, stack, () -> showFirst(site.currentSelection()));
        site.followSelection(this::showFirst);
        showFirst(site.currentSelection());
    }

    PropertiesTable table() {
        return table;
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }


    private void showFirst(java.util.List<?> objects) {
        show(objects.isEmpty() ? null : objects.get(0));
    }

    private void show(Object object) {
        if (stack.isDisposed()) {
            return;
        }
        Workspace workspace = workspaces.current().orElse(null);
        boolean showable = workspace != null && object instanceof EObject eObject && eObject.eResource() != null
                && eObject.eResource().getResourceSet() == workspace.resourceSet();
        if (showable && workspace != tableWorkspace) {
            if (table != null) {
                table.dispose();
            }
            table = new PropertiesTable(stack, workspace.editingDomain());
            tableWorkspace = workspace;
        }
        if (table != null) {
            table.setInput(showable ? object : null);
        }
        ((StackLayout) stack.getLayout()).topControl = showable ? table : empty;
        stack.layout();
    }
}
