package no.redthread.workbench.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Text columns for JFace tables, the way every Redthread table makes them. */
public final class TableColumns {

    private TableColumns() {
    }

    /**
     * Adds a column showing text computed from each row (null shows as empty) and turns the header
     * on; the returned column can take an EditingSupport.
     */
    public static <T> TableViewerColumn add(TableViewer viewer, String header, int width, Class<T> rowType,
            Function<? super T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(rowType.cast(element));
                return value == null ? "" : value;
            }
        });
        viewer.getTable().setHeaderVisible(true);
        return column;
    }
}
