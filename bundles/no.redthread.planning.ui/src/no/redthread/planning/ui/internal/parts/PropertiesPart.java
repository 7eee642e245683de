package no.redthread.planning.ui.internal.parts;

import no.redthread.workspace.ui.WorkspaceWatch;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.model.edit.ui.PropertiesTable;
import no.redthread.model.plan.Measure;
import no.redthread.planning.ui.internal.Messages;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * The properties of the object selected in any view, editable through the workspace's commands. Under a measure's
 * properties, a line shows its funding with what modules add ("Finansiering: Delvis finansiert · 450 000 kr
 * innvilget") when a module has something to add.
 */
final class PropertiesPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final MeasureFunding funding;
    private final PartSite site;
    private Composite stack;
    private Label empty;
    private Label fundingLine;
    private PropertiesTable table;
    private Workspace tableWorkspace;

    PropertiesPart(WorkspaceService workspaces, MeasureFunding funding, PartSite site) {
        this.workspaces = workspaces;
        this.funding = funding;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite part = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        part.setLayout(layout);
        stack = new Composite(part, SWT.NONE);
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        stack.setLayout(new StackLayout());
        fundingLine = new Label(part, SWT.WRAP);
        fundingLine.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        empty = new Label(stack, SWT.WRAP);
        empty.setText(Messages.get("properties.empty"));
        new WorkspaceWatch(workspaces, stack, () -> showFirst(site.currentSelection()));
        site.followSelection(this::showFirst);
        showFirst(site.currentSelection());
    }

    PropertiesTable table() {
        return table;
    }

    /** The funding line under a measure's properties ("" when hidden). */
    String fundingLine() {
        return fundingLine.getVisible() ? fundingLine.getText() : "";
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
        showFunding(showable && object instanceof Measure measure ? measure : null);
        stack.getParent().layout(true, true);
    }

    /** Only when a module adds to the status, which the table already shows. */
    private void showFunding(Measure measure) {
        boolean shown = measure != null && !funding.details(measure).isEmpty();
        fundingLine.setText(shown ? Messages.get("properties.funding", funding.text(measure)) : "");
        fundingLine.setVisible(shown);
        ((GridData) fundingLine.getLayoutData()).exclude = !shown;
    }
}
