package no.redthread.planning.ui.internal.parts;

import no.redthread.workspace.ui.WorkspaceWatch;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import no.redthread.model.edit.ui.ItemContentProvider;
import no.redthread.model.edit.ui.ItemLabelProvider;
import no.redthread.planning.ui.internal.Messages;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * The plan system as a tree: organisation, plans with goals and measures, cases, budget lines and
 * the frame. New, delete, rename and duplicate from the context menu; drag a measure onto a goal
 * (or a goal onto an SDG target or theme) to link them; a filter box; follows other views' selection.
 */
final class ExplorerPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final PartSite site;
    private TreeViewer tree;
    private Text filter;
    private WorkspaceWatch watch;
    private Workspace shown;
    private boolean revealing;

    ExplorerPart(WorkspaceService workspaces, PartSite site) {
        this.workspaces = workspaces;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        area.setLayout(layout);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.get("explorer.filter"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tree = new TreeViewer(area, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setUseHashlookup(true);
        tree.addFilter(new TreeTextFilter(() -> filter.getText().trim().toLowerCase(Locale.ROOT)));
        filter.addModifyListener(e -> {
            tree.refresh();
            if (!filter.getText().isBlank()) {
                tree.expandAll();
            }
        });
        tree.addSelectionChangedListener(e -> {
            if (!revealing) {
                site.publishSelection(((IStructuredSelection) e.getSelection()).toList());
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        LinkDrop.install(tree, this::domain, site);
        watch = new WorkspaceWatch(workspaces, tree.getControl(), this::refresh);
        site.followSelection(objects -> {
            if (!objects.isEmpty() && objects.stream().allMatch(EObject.class::isInstance)) {
                reveal(objects);
            }
        });
        refresh();
    }

    TreeViewer tree() {
        return tree;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }


    private void refresh() {
        Workspace current = watch.workspace().orElse(null);
        if (current != shown) {
            shown = current;
            if (current == null) {
                tree.setInput(List.of());
                return;
            }
            tree.setContentProvider(new ItemContentProvider(current.editingDomain().getAdapterFactory()));
            tree.setLabelProvider(new ItemLabelProvider(current.editingDomain().getAdapterFactory()));
            tree.setInput(List.copyOf(current.planSystems()));
            tree.expandToLevel(2);
        } else if (current != null) {
            tree.refresh();
        }
    }

    private void reveal(List<?> objects) {
        revealing = true;
        try {
            objects.forEach(tree::reveal);
            tree.setSelection(new StructuredSelection(objects), true);
        } finally {
            revealing = false;
        }
    }

    private EditingDomain domain() {
        return shown == null ? null : shown.editingDomain();
    }

    private void fillMenu(IMenuManager menu) {
        List<?> selected = ((IStructuredSelection) tree.getSelection()).toList();
        if (domain() == null || selected.isEmpty() || !(selected.get(0) instanceof EObject first)) {
            return;
        }
        for (Object descriptor : ExplorerActions.newChildDescriptors(domain(), first)) {
            Command command = ExplorerActions.createChild(domain(), first, descriptor);
            menu.add(action(command.getLabel(), command));
        }
        menu.add(new Separator());
        EAttribute name = ExplorerActions.nameAttribute(first);
        if (name != null) {
            menu.add(new Action(Messages.get("explorer.rename")) {
                @Override
                public void run() {
                    rename(first, name);
                }
            });
        }
        menu.add(action(Messages.get("explorer.duplicate"), ExplorerActions.duplicate(domain(), first)));
        menu.add(action(Messages.get("explorer.delete"), ExplorerActions.delete(domain(), selected)));
        site.addContextCommands(menu);
    }

    private Action action(String label, Command command) {
        Action action = new Action(label) {
            @Override
            public void run() {
                domain().getCommandStack().execute(command);
                selectCreated(command.getAffectedObjects());
            }
        };
        action.setEnabled(command != null && command.canExecute());
        return action;
    }

    /** What a command made (a new or duplicated object) is selected, so the other views go to it. */
    private void selectCreated(java.util.Collection<?> affected) {
        List<?> objects = List.copyOf(affected);
        if (!objects.isEmpty() && objects.stream().allMatch(o -> o instanceof EObject e && e.eResource() != null)) {
            tree.refresh();
            objects.forEach(tree::reveal);
            tree.setSelection(new StructuredSelection(objects), true);
        }
    }

    private void rename(EObject object, EAttribute name) {
        Object current = object.eGet(name);
        InputDialog dialog = new InputDialog(site.shell(), Messages.get("explorer.rename"), Messages.get("explorer.rename.prompt"),
                current == null ? "" : current.toString(), text -> text.isBlank() ? Messages.get("explorer.rename.empty") : null);
        if (dialog.open() == InputDialog.OK) {
            ModelEdits.set(domain(), object, name, dialog.getValue().trim());
        }
    }

}
