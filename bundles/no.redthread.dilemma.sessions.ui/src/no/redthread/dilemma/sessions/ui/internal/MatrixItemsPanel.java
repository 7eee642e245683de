package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.MatrixItem;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.workbench.ui.FilteredListDialog;

/**
 * The items the session's interaction matrix is over: add them from the catalogue or the plan (by the matrix's
 * kind), remove them with their scores. The scores themselves are entered in <i>Samspillsmatrise</i>.
 */
final class MatrixItemsPanel {

    private final Edits edits;
    private final Function<Session, List<MatrixItemChoices.Choice>> choices;
    private final Function<String, String> catalogueName;
    private final Label kind;
    private final TableViewer table;
    private final Button add;
    private final Button remove;
    private Session session;

    /**
     * @param choices what can be added to the shown session's matrix now
     * @param catalogueName an id's name in the catalogue (the id itself when it has none), for items labelled by id
     */
    MatrixItemsPanel(Composite parent, Edits edits, Function<Session, List<MatrixItemChoices.Choice>> choices,
            Function<String, String> catalogueName) {
        this.edits = edits;
        this.choices = choices;
        this.catalogueName = catalogueName;
        parent.setLayout(new GridLayout(2, false));
        kind = new Label(parent, SWT.WRAP);
        kind.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2));
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("items.id", 90, item -> item.getId());
        column("items.label", 520, this::label);
        add = new Button(parent, SWT.PUSH);
        add.setText(Messages.get("items.add"));
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add.addListener(SWT.Selection, e -> choose());
        remove = new Button(parent, SWT.PUSH);
        remove.setText(Messages.get("items.remove"));
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        remove.addListener(SWT.Selection, e -> removeSelected());
        table.addSelectionChangedListener(e -> enable());
    }

    private void column(String key, int width, Function<MatrixItem, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(Messages.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((MatrixItem) element);
            }
        });
    }

    /** A scenario's items are labelled by their ids: those are named from the catalogue. */
    private String label(MatrixItem item) {
        String label = item.getLabel();
        return label == null || label.equals(item.getId()) ? catalogueName.apply(item.getId()) : label;
    }

    private void choose() {
        List<FilteredListDialog.Item> items = choices(session).stream().map(choice -> new FilteredListDialog.Item(
                kindName(), choice.label(), choice.id(), () -> add(choice))).toList();
        new FilteredListDialog(table.getTable().getShell(), Messages.get("items.choose"), items).openAndRun();
    }

    List<MatrixItemChoices.Choice> choices(Session shown) {
        return choices.apply(shown);
    }

    void add(MatrixItemChoices.Choice choice) {
        edits.run(SessionCommands.addMatrixItem(edits.domain(), session, choice.id(), choice.label(),
                choice.planObject()));
    }

    void removeSelected() {
        if (table.getStructuredSelection().getFirstElement() instanceof MatrixItem item) {
            edits.run(SessionCommands.removeMatrixItem(edits.domain(), item));
        }
    }

    void show(Session shown) {
        session = shown;
        boolean matrix = shown != null && shown.getMatrix() != null;
        kind.setText(matrix ? Messages.get("items.kind", kindName()) : "");
        table.setInput(matrix ? List.copyOf(shown.getMatrix().getItems()) : List.of());
        kind.getParent().layout();
        enable();
    }

    private String kindName() {
        return Messages.get("items.kind." + session.getMatrix().getItemKind().name());
    }

    private void enable() {
        add.setEnabled(session != null && session.getMatrix() != null);
        remove.setEnabled(!table.getStructuredSelection().isEmpty());
    }

    TableViewer table() {
        return table;
    }
}
