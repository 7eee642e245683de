package no.redthread.model.edit.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Enums and booleans: a read-only combo of the localized literals (Ja/Nei for booleans). */
final class ComboPropertyEditor extends PropertyEditor {

    private final List<Object> values;
    private final ComboBoxCellEditor editor;

    ComboPropertyEditor(Composite parent, PropertyRow row) {
        super(row);
        values = choices(row);
        String[] labels = values.stream().map(value -> value == null ? "" : row.text(value)).toArray(String[]::new);
        editor = new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY);
    }

    private static List<Object> choices(PropertyRow row) {
        Class<?> type = row.feature().getEType().getInstanceClass();
        if (type == boolean.class) {
            return List.of(true, false);
        }
        if (type == Boolean.class) {
            List<Object> values = new ArrayList<>();
            values.add(null);
            values.addAll(List.of(true, false));
            return values;
        }
        return row.choices();
    }

    @Override
    public CellEditor cellEditor() {
        return editor;
    }

    @Override
    public Object toEditor(Object modelValue) {
        return values.indexOf(modelValue);
    }

    @Override
    public Object toModel(Object editorValue) {
        int index = editorValue instanceof Integer i ? i : -1;
        return index >= 0 && index < values.size() ? values.get(index) : NO_CHANGE;
    }
}
