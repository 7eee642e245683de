package no.redthread.assessment.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import no.redthread.assessment.ConflictCandidate;
import no.redthread.workbench.ui.TableColumns;

/**
 * The candidate goal conflicts, one row each. Selecting one publishes it (with its assessment), so commands of other
 * bundles can act on it from the context menu, e.g. <i>Start dilemmatrening</i>; hidden when there are none.
 */
final class ConflictsTable {

    private static final int MAX_ROWS = 3;

    private final TableViewer table;

    ConflictsTable(Composite parent, Names names, Consumer<ConflictCandidate> open) {
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, Messages.get("summary.column.theme"), 180, ConflictCandidate.class,
                c -> names.theme(c.themeId(), c.nameNb()));
        TableColumns.add(table, Messages.get("conflicts.column.positive"), 110, ConflictCandidate.class,
                c -> String.valueOf(c.positiveQuestionIds().size()));
        TableColumns.add(table, Messages.get("conflicts.column.negative"), 110, ConflictCandidate.class,
                c -> String.valueOf(c.negativeQuestionIds().size()));
        table.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof ConflictCandidate conflict) {
                open.accept(conflict);
            }
        });
    }

    void show(List<ConflictCandidate> conflicts) {
        table.setInput(conflicts);
        GridData data = (GridData) table.getTable().getLayoutData();
        data.heightHint = Math.min(conflicts.size(), MAX_ROWS) * table.getTable().getItemHeight()
                + table.getTable().getHeaderHeight() + 4;
        data.exclude = conflicts.isEmpty();
        table.getTable().setVisible(!conflicts.isEmpty());
    }

    TableViewer table() {
        return table;
    }
}
