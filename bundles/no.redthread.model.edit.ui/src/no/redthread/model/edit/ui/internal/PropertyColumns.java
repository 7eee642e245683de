package no.redthread.model.edit.ui.internal;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/** The two columns of the properties table and how their cells start editing (click, F2, Enter, Tab). */
public final class PropertyColumns {

    private PropertyColumns() {
    }

    /** The property names, with the property's description as tooltip. */
    public static CellLabelProvider names() {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((PropertyRow) element).name();
            }

            @Override
            public String getToolTipText(Object element) {
                return ((PropertyRow) element).description();
            }
        };
    }

    /** The values; read-only ones in grey. */
    public static CellLabelProvider values(ItemImages images) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                PropertyRow row = (PropertyRow) element;
                return row.text(row.value());
            }

            @Override
            public Image getImage(Object element) {
                PropertyRow row = (PropertyRow) element;
                return images.get(row.image(row.value()));
            }

            @Override
            public Color getForeground(Object element) {
                return PropertyEditor.supports((PropertyRow) element) ? null
                        : Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
        };
    }

    /** A click on a value, F2 or Enter opens its editor; Tab moves to the next row's value. */
    public static void enableEditing(TableViewer viewer) {
        // a highlighter that draws nothing: owner drawing would lose the grey of read-only values on GTK
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellHighlighter(viewer) {
        });
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR);
            }
        };
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_VERTICAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }
}
