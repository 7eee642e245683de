package no.redthread.planning.ui.internal.parts;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.PlanPackage.Literals;
import no.redthread.model.plan.SdgTarget;
import no.redthread.planning.ui.internal.Messages;

/** The goals of a plan: name and description editable in place, the SDG targets they address. */
final class GoalTable {

    private GoalTable() {
    }

    static TableViewer create(Composite parent, Supplier<EditingDomain> domain) {
        TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = 140;
        viewer.getTable().setLayoutData(data);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        editable(viewer, domain, "goal.name", 300, Literals.GOAL__NAME, Goal::getName);
        editable(viewer, domain, "goal.description", 360, Literals.GOAL__DESCRIPTION, Goal::getDescription);
        column(viewer, "goal.sdgTargets", 160,
                g -> g.getAddressedSdgTargets().stream().map(SdgTarget::getCode).collect(Collectors.joining(", ")));
        column(viewer, "goal.measures", 80, g -> Long.toString(MeasureCounter.measuresFollowing(g)));
        return viewer;
    }

    private static TableViewerColumn column(TableViewer viewer, String key, int width, Function<Goal, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(Messages.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Goal) element);
                return value == null ? "" : value;
            }
        });
        return column;
    }

    private static void editable(TableViewer viewer, Supplier<EditingDomain> domain, String key, int width,
            EAttribute attribute, Function<Goal, String> text) {
        CellEditor editor = new TextCellEditor(viewer.getTable());
        column(viewer, key, width, text).setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return domain.get() != null && !domain.get().isReadOnly(((Goal) element).eResource());
            }

            @Override
            protected Object getValue(Object element) {
                String value = text.apply((Goal) element);
                return value == null ? "" : value;
            }

            @Override
            protected void setValue(Object element, Object value) {
                ModelEdits.set(domain.get(), (Goal) element, attribute, value.toString().trim());
            }
        });
    }

    /** How many measures anywhere in the plan system follow a goal. */
    static final class MeasureCounter {
        private MeasureCounter() {
        }

        static long measuresFollowing(Goal goal) {
            return org.eclipse.emf.ecore.util.EcoreUtil.UsageCrossReferencer.find(goal, goal.eResource() == null
                    ? java.util.List.of(goal) : java.util.List.of(goal.eResource())).stream()
                    .filter(s -> s.getEStructuralFeature() == Literals.MEASURE__FOLLOWS).count();
        }
    }
}
