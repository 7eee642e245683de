package no.redthread.model.edit.ui.internal;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Text, numbers, ISO dates and other data types: a text editor that only accepts text that parses. */
final class TextPropertyEditor extends PropertyEditor {

    private final EDataType type;
    private final TextCellEditor editor;

    TextPropertyEditor(Composite parent, PropertyRow row, EDataType type) {
        super(row);
        this.type = type;
        boolean multiLine = row.descriptor().isMultiLine(row.owner());
        editor = new TextCellEditor(parent, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        editor.setValidator(value -> {
            try {
                ValueFormat.parse(type, (String) value);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
    }

    @Override
    public CellEditor cellEditor() {
        return editor;
    }

    @Override
    public Object toEditor(Object modelValue) {
        return ValueFormat.editText(modelValue);
    }

    /** A cell editor with invalid text answers null (see CellEditor.getValue). */
    @Override
    public Object toModel(Object editorValue) {
        if (!(editorValue instanceof String text)) {
            return NO_CHANGE;
        }
        try {
            return ValueFormat.parse(type, text);
        } catch (IllegalArgumentException e) {
            return NO_CHANGE;
        }
    }
}
