package no.redthread.chains.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainStep;
import no.redthread.chains.StepParameter;

/**
 * The parameters of the chosen step: id, value (edited in place; blank takes the default), default and description.
 * A value the chain does not set shows the default, so the user sees what the step will run with.
 */
final class ParameterTable {

    /** One parameter of the chosen step with the value the chain sets, or null. */
    record Row(StepParameter parameter, String value) {

        String shown() {
            return value == null ? parameter.defaultValue() : value;
        }
    }

    private final TableViewer viewer;
    private final Locale locale = Locale.getDefault();
    private ChainDraft draft;
    private int index = -1;
    private Runnable changed = () -> { };

    ParameterTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("parameters.id", 110, row -> row.parameter().id());
        TableViewerColumn value = column("parameters.value", 90, Row::shown);
        value.setEditingSupport(new ValueEditing());
        column("parameters.default", 80, row -> row.parameter().defaultValue());
        column("parameters.description", 260, row -> row.parameter().description().get(locale));
    }

    /** Shows the parameters of the draft's step at an index (-1 or an uninstalled step: none). */
    void show(ChainDraft shown, int stepIndex, ChainStep step, Runnable onChange) {
        draft = shown;
        index = stepIndex;
        changed = onChange;
        Chain.Step configured = step == null ? null : shown.steps().get(stepIndex);
        viewer.setInput(step == null ? List.of() : step.parameters().stream()
                .map(p -> new Row(p, configured.parameters().get(p.id()))).toList());
    }

    TableViewer viewer() {
        return viewer;
    }

    private TableViewerColumn column(String key, int width, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(Messages.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        return column;
    }

    /** Edits a value in place; Enter sets it. */
    private final class ValueEditing extends EditingSupport {

        ValueEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return ((Row) element).shown();
        }

        @Override
        protected void setValue(Object element, Object value) {
            StepParameter parameter = ((Row) element).parameter();
            draft.setParameter(index, parameter.id(), String.valueOf(value), parameter.defaultValue());
            changed.run();
        }
    }
}
