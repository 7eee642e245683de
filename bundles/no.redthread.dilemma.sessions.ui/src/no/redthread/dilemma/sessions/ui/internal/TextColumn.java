package no.redthread.dilemma.sessions.ui.internal;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellHighlighter;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

/** A table column showing one string feature, editable in place; an edit is one command. */
final class TextColumn extends EditingSupport {

    private final EStructuralFeature feature;
    private final Edits edits;
    private final String labelKey;
    private final TextCellEditor editor;

    private TextColumn(TableViewer viewer, EStructuralFeature feature, Edits edits, String labelKey) {
        super(viewer);
        this.feature = feature;
        this.edits = edits;
        this.labelKey = labelKey;
        this.editor = new TextCellEditor(viewer.getTable());
    }

    /** Adds a column headed {@code headerKey}; {@code labelKey} names the command. */
    static void add(TableViewer viewer, String headerKey, int width, EStructuralFeature feature, Edits edits,
            String labelKey) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(Messages.get(headerKey));
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(
                (Function<Object, String>) row -> Objects.toString(((EObject) row).eGet(feature), "")));
        if (edits != null) {
            column.setEditingSupport(new TextColumn(viewer, feature, edits, labelKey));
        }
    }

    /** A click on a cell, F2 or Enter opens its editor; Tab moves to the next cell, then the next row. */
    static void enableEditing(TableViewer viewer) {
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellHighlighter(viewer) {
        });
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR
                                        || event.keyCode == SWT.KEYPAD_CR);
            }
        };
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        return Objects.toString(((EObject) element).eGet(feature), "");
    }

    @Override
    protected void setValue(Object element, Object value) {
        edits.set((EObject) element, feature, CommittingText.orNull((String) value), labelKey);
    }
}
