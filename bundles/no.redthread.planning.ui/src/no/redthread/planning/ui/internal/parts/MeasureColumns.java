package no.redthread.planning.ui.internal.parts;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.PlanPackage.Literals;
import no.redthread.planning.ui.internal.Messages;
import no.redthread.workbench.ui.TableColumns;

/** The columns of the plan editor's measure table, each editable in place through a command. */
final class MeasureColumns {

    private final TableViewer viewer;
    private final Supplier<EditingDomain> domain;
    private final Predicate<EObject> editable;
    private final MeasureFunding funding;

    MeasureColumns(TableViewer viewer, Supplier<EditingDomain> domain, Predicate<EObject> editable, MeasureFunding funding) {
        this.viewer = viewer;
        this.domain = domain;
        this.editable = editable;
        this.funding = funding;
    }

    void create() {
        text("measure.name", 240, Literals.MEASURE__NAME, Measure::getName);
        text("measure.responsible", 150, Literals.MEASURE__RESPONSIBLE_UNIT, Measure::getResponsibleUnit);
        number("measure.cost", 135, Literals.MEASURE__COST_PER_YEAR, m -> String.format("%,.0f", m.getCostPerYear()));
        number("measure.start", 70, Literals.MEASURE__START_YEAR, m -> m.getStartYear() == null ? "" : m.getStartYear().toString());
        number("measure.end", 70, Literals.MEASURE__END_YEAR, m -> m.getEndYear() == null ? "" : m.getEndYear().toString());
        funding();
        column("measure.follows", 220, m -> m.getFollows().stream().map(Goal::getName).collect(Collectors.joining("; ")));
    }

    private TableViewerColumn column(String key, int width, Function<Measure, String> text) {
        return TableColumns.add(viewer, Messages.get(key), width, Measure.class, text);
    }

    private void text(String key, int width, EAttribute attribute, Function<Measure, String> text) {
        column(key, width, text).setEditingSupport(new Editing(new TextCellEditor(viewer.getTable())) {
            @Override
            protected Object getValue(Object element) {
                String value = text.apply((Measure) element);
                return value == null ? "" : value;
            }

            @Override
            protected void setValue(Object element, Object value) {
                ModelEdits.set(domain.get(), (Measure) element, attribute, value.toString().trim());
            }
        });
    }

    /** Numbers accept Norwegian spacing and decimal comma; text that is no number is ignored. */
    private void number(String key, int width, EAttribute attribute, Function<Measure, String> text) {
        column(key, width, text).setEditingSupport(new Editing(new TextCellEditor(viewer.getTable())) {
            @Override
            protected Object getValue(Object element) {
                return text.apply((Measure) element).replaceAll("[\\s\\u00a0,]", "");
            }

            @Override
            protected void setValue(Object element, Object value) {
                String typed = value.toString().replaceAll("[\\s\\u00a0]", "").replace(',', '.');
                try {
                    Object parsed = attribute.getEAttributeType().getInstanceClass() == Integer.class
                            ? (typed.isEmpty() ? null : Integer.valueOf(typed)) : Double.valueOf(typed);
                    ModelEdits.set(domain.get(), (Measure) element, attribute, parsed);
                } catch (NumberFormatException e) {
                    viewer.getTable().getShell().getDisplay().beep();
                }
            }
        });
    }

    private void funding() {
        List<FundingStatus> values = FundingStatus.VALUES;
        String[] labels = values.stream().map(v -> Messages.get("funding." + v.getName())).toArray(String[]::new);
        // the status with what modules add (granted grants); the editor chooses the status only
        column("measure.funding", 230, funding::text)
                .setEditingSupport(new Editing(new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY)) {
                    @Override
                    protected Object getValue(Object element) {
                        return values.indexOf(((Measure) element).getFundingStatus());
                    }

                    @Override
                    protected void setValue(Object element, Object value) {
                        int index = (Integer) value;
                        if (index >= 0) {
                            ModelEdits.set(domain.get(), (Measure) element, Literals.MEASURE__FUNDING_STATUS, values.get(index));
                        }
                    }
                });
    }

    private abstract class Editing extends EditingSupport {
        private final CellEditor editor;

        Editing(CellEditor editor) {
            super(viewer);
            this.editor = editor;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return domain.get() != null && editable.test((Measure) element);
        }
    }

}
