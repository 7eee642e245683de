package no.redthread.workbench.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import no.redthread.workbench.ui.internal.Labels;
import no.redthread.workbench.ui.internal.Messages;

/**
 * A filter box over a list of things to run: quick access (Ctrl+3) and Show view use it. Typing
 * filters on label and category; Enter or double-click runs the selected item.
 */
public final class FilteredListDialog extends Dialog {

    /** One entry: what it is, what it is called, a hint (e.g. the key), and what it does. */
    public record Item(String category, String label, String detail, Runnable action) {
        boolean matches(String filter) {
            String lower = filter.toLowerCase(Locale.ROOT);
            return label.replace("&", "").toLowerCase(Locale.ROOT).contains(lower)
                    || category.toLowerCase(Locale.ROOT).contains(lower);
        }
    }

    private final String title;
    private final List<Item> items;
    private Text filter;
    private TableViewer viewer;
    private Item chosen;

    /** @param title the dialog's title, or the label of the command that opens it (its {@code &} and "…" are dropped) */
    public FilteredListDialog(Shell parent, String title, List<Item> items) {
        super(parent);
        this.title = title;
        this.items = items;
    }

    /** Opens the dialog and runs the chosen item after it closes. */
    public void openAndRun() {
        if (open() == OK && chosen != null) {
            chosen.action().run();
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Labels.plain(title));
    }

    /**
     * The size JFace gives the shell. Setting it in {@link #configureShell} instead counts as a resize by the
     * user, after which JFace no longer places the dialog: it opened wherever the platform put it.
     */
    @Override
    protected Point getInitialSize() {
        return new Point(560, 420);
    }

    /** Centred on the window, kept on its monitor. */
    @Override
    protected Point getInitialLocation(Point size) {
        Shell parent = getParentShell();
        if (parent == null || parent.isDisposed()) {
            return super.getInitialLocation(size);
        }
        Rectangle window = parent.getBounds();
        Rectangle screen = parent.getMonitor().getClientArea();
        int x = window.x + (window.width - size.x) / 2;
        int y = window.y + (window.height - size.y) / 2;
        return new Point(Math.max(screen.x, Math.min(x, screen.x + screen.width - size.x)),
                Math.max(screen.y, Math.min(y, screen.y + screen.height - size.y)));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.get("dialog.filter.hint"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumns.add(viewer, Messages.get("dialog.column.name"), 260, Item.class, item -> item.label().replace("&", ""));
        TableColumns.add(viewer, Messages.get("dialog.column.category"), 150, Item.class, Item::category);
        TableColumns.add(viewer, Messages.get("dialog.column.detail"), 100, Item.class, Item::detail);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return ((Item) element).matches(filter.getText().trim());
            }
        });
        viewer.setInput(items);
        viewer.addDoubleClickListener(e -> okPressed());
        filter.addModifyListener(e -> {
            viewer.refresh();
            selectFirst();
        });
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                viewer.getTable().setFocus();
            }
        });
        selectFirst();
        return area;
    }

    /** For tests: the filter box and the list. */
    public Text filterText() {
        return filter;
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    protected void okPressed() {
        chosen = (Item) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        super.okPressed();
    }

    /** Selects the item named exactly what was typed (the perspective «Dilemma» before «Dilemmaøkt»), else the first. */
    private void selectFirst() {
        Object first = viewer.getElementAt(0);
        String typed = filter.getText().trim();
        for (int i = 0; viewer.getElementAt(i) != null; i++) {
            if (((Item) viewer.getElementAt(i)).label.replace("&", "").equalsIgnoreCase(typed)) {
                first = viewer.getElementAt(i);
                break;
            }
        }
        viewer.setSelection(first == null ? StructuredSelection.EMPTY : new StructuredSelection(first));
    }

}
