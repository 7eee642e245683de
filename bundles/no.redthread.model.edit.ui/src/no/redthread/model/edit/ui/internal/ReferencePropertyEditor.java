package no.redthread.model.edit.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Single and multiple references: the current value as text and a button that opens a {@link ChoiceDialog} over
 * the objects the reference may point to (the item provider finds them in the resource set).
 */
final class ReferencePropertyEditor extends PropertyEditor {

    /** The dialog's answer; it may be null (no object), which DialogCellEditor would take for "cancelled". */
    private record Chosen(Object value) {
    }

    private final ItemImages images;
    private final DialogCellEditor editor;

    ReferencePropertyEditor(Composite parent, PropertyRow row, ItemImages images) {
        super(row);
        this.images = images;
        editor = new DialogCellEditor(parent) {
            @Override
            protected Object openDialogBox(Control cellEditorWindow) {
                return choose(cellEditorWindow);
            }

            @Override
            protected void updateContents(Object value) {
                if (getDefaultLabel() != null) {
                    getDefaultLabel().setText(row.text(value instanceof Chosen chosen ? chosen.value() : value));
                }
            }
        };
    }

    private Chosen choose(Control window) {
        Object current = row.value();
        Collection<?> selected = current instanceof Collection<?> list ? list : current == null ? List.of() : List.of(current);
        ChoiceDialog dialog = new ChoiceDialog(window.getShell(), row.name(), row.choices(), labels(), row.isMany(), selected);
        return dialog.open() == Window.OK ? new Chosen(dialog.result()) : null;
    }

    private LabelProvider labels() {
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                return row.text(element);
            }

            @Override
            public Image getImage(Object element) {
                return images.get(row.image(element));
            }
        };
    }

    @Override
    public CellEditor cellEditor() {
        return editor;
    }

    @Override
    public Object toEditor(Object modelValue) {
        return modelValue instanceof Collection<?> list ? new ArrayList<>(list) : modelValue;
    }

    @Override
    public Object toModel(Object editorValue) {
        return editorValue instanceof Chosen chosen ? chosen.value() : NO_CHANGE;
    }
}
