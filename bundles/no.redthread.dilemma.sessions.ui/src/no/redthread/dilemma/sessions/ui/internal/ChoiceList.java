package no.redthread.dilemma.sessions.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.workbench.ui.FilteredListDialog;

/**
 * A list of things a finding refers to, shown by name: <i>Legg til …</i> chooses one more in a filter box over the
 * candidates, <i>Fjern</i> drops the selected one. Each change hands the whole new list on, as one command.
 *
 * @param <T> what is listed: catalogue ids or plan objects
 */
final class ChoiceList<T> {

    /** How the candidates are named and grouped in the list and the filter box. */
    record Naming<T>(Function<T, String> name, Function<T, String> category) {
    }

    private final Naming<T> naming;
    private final Supplier<List<T>> candidates;
    private final Consumer<List<T>> commit;
    private final String chooseTitle;
    private final TableViewer table;
    private final Button add;
    private final Button remove;
    private List<T> current = List.of();

    ChoiceList(Composite parent, String labelKey, String chooseKey, Naming<T> naming, Supplier<List<T>> candidates,
            Consumer<List<T>> commit) {
        this.naming = naming;
        this.candidates = candidates;
        this.commit = commit;
        this.chooseTitle = Messages.get(chooseKey);
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        root.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Label label = new Label(root, SWT.WRAP);
        label.setText(Messages.get(labelKey));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        table = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2));
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                return naming.name().apply(cast(row));
            }

            @Override
            public String getToolTipText(Object row) {
                return getText(row); // long names (SDG targets, goals) are cut at the list's edge
            }
        });
        ColumnViewerToolTipSupport.enableFor(table);
        table.getTable().addListener(SWT.Resize, e -> column.getColumn().setWidth(
                Math.max(100, table.getTable().getClientArea().width)));
        add = button(root, "details.add", this::choose);
        remove = button(root, "details.remove", () -> {
            Object selected = table.getStructuredSelection().getFirstElement();
            if (selected != null) {
                remove(cast(selected));
            }
        });
        table.addSelectionChangedListener(e -> remove.setEnabled(add.isEnabled() && !e.getSelection().isEmpty()));
    }

    @SuppressWarnings("unchecked")
    private T cast(Object row) {
        return (T) row;
    }

    private static Button button(Composite parent, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.get(key));
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Shows the finding's list; {@code enabled} is false when no finding is chosen. */
    void show(List<T> shown, boolean enabled) {
        current = List.copyOf(shown);
        table.setInput(current);
        add.setEnabled(enabled);
        remove.setEnabled(enabled && !table.getSelection().isEmpty());
    }

    private void choose() {
        List<FilteredListDialog.Item> items = candidates.get().stream().filter(c -> !current.contains(c))
                .map(c -> new FilteredListDialog.Item(naming.category().apply(c), naming.name().apply(c), "",
                        () -> add(c)))
                .toList();
        new FilteredListDialog(table.getTable().getShell(), chooseTitle, items).openAndRun();
    }

    void add(T chosen) {
        if (!current.contains(chosen)) {
            List<T> next = new ArrayList<>(current);
            next.add(chosen);
            commit.accept(next);
        }
    }

    void remove(T dropped) {
        if (current.contains(dropped)) {
            List<T> next = new ArrayList<>(current);
            next.remove(dropped);
            commit.accept(next);
        }
    }

    TableViewer table() {
        return table;
    }
}
