package no.redthread.planning.ui.internal.parts;

import no.redthread.workspace.ui.WorkspaceWatch;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import no.redthread.model.plan.Plan;
import no.redthread.planning.ui.internal.Messages;
import no.redthread.validation.ChainNode;
import no.redthread.validation.RedThreadChain;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

/**
 * The red thread: SDG target / theme → goal → measure → budget line / case, for the selected plan
 * or the whole plan system, with every break in red.
 */
final class RedThreadPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final PartSite site;
    private TreeViewer tree;
    private Button wholeSystem;
    private WorkspaceWatch watch;
    private Plan plan;

    RedThreadPart(WorkspaceService workspaces, PartSite site) {
        this.workspaces = workspaces;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        wholeSystem = new Button(area, SWT.CHECK);
        wholeSystem.setText(Messages.get("redThread.wholeSystem"));
        wholeSystem.setSelection(true);
        wholeSystem.addListener(SWT.Selection, e -> refresh());
        tree = new TreeViewer(area, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setContentProvider(new ChainContent());
        Color broken = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        tree.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text((ChainNode) element);
            }

            @Override
            public Color getForeground(Object element) {
                return ((ChainNode) element).broken() ? broken : null;
            }
        });
        tree.addOpenListener(event -> {
            ChainNode node = (ChainNode) ((IStructuredSelection) tree.getSelection()).getFirstElement();
            if (node != null) {
                site.publishSelection(List.of(node.element()));
            }
        });
        watch = new WorkspaceWatch(workspaces, tree.getControl(), this::refresh);
        site.followSelection(objects -> {
            Plan selected = objects.stream().filter(EObject.class::isInstance).map(o -> PlanEditorPart.planOf((EObject) o))
                    .filter(p -> p != null).findFirst().orElse(null);
            if (selected != null && selected != plan && InWorkspace.contains(watch.workspace().orElse(null), selected)) {
                plan = selected;
                wholeSystem.setSelection(false);
                refresh();
            }
        });
        refresh();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }


    TreeViewer tree() {
        return tree;
    }

    Button wholeSystem() {
        return wholeSystem;
    }

    /** The chain of the selected plan, or of the whole plan system; none when no workspace is open. */
    RedThreadChain chain() {
        if (plan != null && !InWorkspace.contains(watch.workspace().orElse(null), plan)) {
            plan = null; // deleted, or its workspace closed
            wholeSystem.setSelection(true);
        }
        if (!wholeSystem.getSelection() && plan != null) {
            return RedThreadChain.of(plan);
        }
        return watch.planSystem().map(RedThreadChain::of).orElse(null);
    }

    private void refresh() {
        RedThreadChain chain = chain();
        tree.setInput(chain);
        tree.expandToLevel(2);
    }

    static String text(ChainNode node) {
        String name = Labels.name(node.element());
        if (node.breaks().isEmpty()) {
            return name;
        }
        return name + "  ⚠ " + node.breaks().stream().map(b -> b.label(Locale.getDefault())).collect(Collectors.joining("; "));
    }

    private static final class ChainContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof RedThreadChain chain ? chain.roots().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((ChainNode) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((ChainNode) element).children().isEmpty();
        }
    }

}
