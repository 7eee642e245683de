package no.redthread.model.edit.ui.internal;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.swt.widgets.Composite;

/**
 * Edits the value column of the properties table. Every change is one {@link SetCommand} executed on the editing
 * domain's command stack, so Undo reverts it; a value that does not parse changes nothing and its message is
 * reported instead.
 */
public final class PropertyEditingSupport extends EditingSupport {

    private final EditingDomain domain;
    private final ItemImages images;
    private final Consumer<String> messages;
    private PropertyEditor current;

    /** @param messages receives the validation message of the open editor, or null when there is none */
    public PropertyEditingSupport(ColumnViewer viewer, EditingDomain domain, ItemImages images, Consumer<String> messages) {
        super(viewer);
        this.domain = domain;
        this.images = images;
        this.messages = messages;
    }

    @Override
    protected boolean canEdit(Object element) {
        return PropertyEditor.supports((PropertyRow) element);
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        dispose();
        current = PropertyEditor.create((Composite) getViewer().getControl(), (PropertyRow) element, images);
        if (current == null) {
            return null;
        }
        CellEditor editor = current.cellEditor();
        editor.addListener(new MessageReporter(editor));
        return editor;
    }

    @Override
    protected Object getValue(Object element) {
        return current.toEditor(((PropertyRow) element).value());
    }

    @Override
    protected void setValue(Object element, Object editorValue) {
        PropertyRow row = (PropertyRow) element;
        Object value = current.toModel(editorValue);
        if (value == PropertyEditor.NO_CHANGE || Objects.equals(value, row.value())) {
            return;
        }
        EStructuralFeature feature = row.feature();
        Command command = SetCommand.create(domain, row.owner(), feature, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        } else {
            messages.accept(Messages.get("invalid.readonly", row.name()));
        }
        getViewer().update(element, null);
    }

    /** Disposes the cell editor of the last edit. */
    public void dispose() {
        if (current != null) {
            current.dispose();
            current = null;
        }
    }

    private final class MessageReporter implements ICellEditorListener {
        private final CellEditor editor;

        MessageReporter(CellEditor editor) {
            this.editor = editor;
        }

        @Override
        public void editorValueChanged(boolean oldValidState, boolean newValidState) {
            messages.accept(newValidState ? null : editor.getErrorMessage());
        }

        @Override
        public void applyEditorValue() {
            messages.accept(editor.isValueValid() ? null : editor.getErrorMessage());
        }

        @Override
        public void cancelEditor() {
            messages.accept(null);
        }
    }
}
