package no.redthread.portfolio.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import no.redthread.workbench.ui.TableColumns;

/** The rows in a table: a click on a header sorts by it (again: the other way), the filter text narrows them. */
final class PortfolioTable {

    final TableViewer viewer;
    private final List<Columns.Column> columns = Columns.all();
    private Columns.Column sortedBy;
    private boolean descending;
    private String filter = "";

    PortfolioTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setLinesVisible(true);
        for (Columns.Column column : columns) {
            TableColumn header = TableColumns.add(viewer, column.header(), column.width(), Row.class,
                    column.text()::apply).getColumn();
            header.addListener(SWT.Selection, event -> sortBy(column, header));
        }
        Table table = viewer.getTable();
        // an unreadable workspace's reason does not fit in its cell: the whole of it on hover
        table.addListener(SWT.MouseHover, event -> {
            TableItem item = table.getItem(new Point(event.x, event.y));
            Row row = item == null ? null : (Row) item.getData();
            table.setToolTipText(row != null && row.figures != null && !row.figures.readable()
                    ? row.figures.problem() : null);
        });
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortedBy == null) {
                    return 0;
                }
                int order = sortedBy.order().compare((Row) a, (Row) b);
                return descending ? -order : order;
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                Row row = (Row) element;
                String text = (row.municipality() + " " + (row.figures == null ? "" : row.figures.number()) + " "
                        + row.folder).toLowerCase(Locale.ROOT);
                return filter.isEmpty() || text.contains(filter);
            }
        });
    }

    void sortBy(Columns.Column column, TableColumn header) {
        descending = column == sortedBy && !descending;
        sortedBy = column;
        viewer.getTable().setSortColumn(header);
        viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    void filter(String text) {
        filter = text.strip().toLowerCase(Locale.ROOT);
        viewer.refresh();
    }

    List<Row> selected() {
        return ((IStructuredSelection) viewer.getSelection()).toList().stream().map(Row.class::cast).toList();
    }

    List<Row> shown() {
        return java.util.Arrays.stream(viewer.getTable().getItems()).map(item -> (Row) item.getData()).toList();
    }
}
