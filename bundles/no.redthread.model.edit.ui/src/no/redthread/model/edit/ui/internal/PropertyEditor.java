package no.redthread.model.edit.ui.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * The cell editor of one property row, and how its values map to the model's. The kind follows the property's
 * feature: a reference gets a picker dialog, an enum or a boolean a combo, other attributes a validated text.
 */
public abstract class PropertyEditor {

    /** What {@link #toModel} answers when the editor holds nothing valid: nothing is to change. */
    public static final Object NO_CHANGE = new Object();

    protected final PropertyRow row;

    protected PropertyEditor(PropertyRow row) {
        this.row = row;
    }

    /** Whether the table can edit the row: editable single attributes and all editable references. */
    public static boolean supports(PropertyRow row) {
        EStructuralFeature feature = row.feature();
        return feature != null && row.editable() && (feature instanceof EReference || !feature.isMany());
    }

    /** An editor for the row, or null when the property cannot be edited in the table. */
    public static PropertyEditor create(Composite parent, PropertyRow row, ItemImages images) {
        if (!supports(row)) {
            return null;
        }
        if (row.feature() instanceof EReference) {
            return new ReferencePropertyEditor(parent, row, images);
        }
        EDataType type = ((EAttribute) row.feature()).getEAttributeType();
        Class<?> instanceClass = type.getInstanceClass();
        if (type instanceof EEnum || instanceClass == boolean.class || instanceClass == Boolean.class) {
            return new ComboPropertyEditor(parent, row);
        }
        return new TextPropertyEditor(parent, row, type);
    }

    public abstract CellEditor cellEditor();

    /** The editor's value for a value of the model. */
    public abstract Object toEditor(Object modelValue);

    /** The model's value for a value of the editor, or {@link #NO_CHANGE}. */
    public abstract Object toModel(Object editorValue);

    public void dispose() {
        cellEditor().dispose();
    }
}
