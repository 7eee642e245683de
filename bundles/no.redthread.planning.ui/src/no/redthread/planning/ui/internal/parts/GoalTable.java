package no.redthread.planning.ui.internal.parts;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
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
import no.redthread.workbench.ui.TableColumns;

/** The goals of a plan: name and description editable in place, the SDG targets they address. */
final class GoalTable {

    private GoalTable() {
    }

    static TableViewer create(Composite parent, Supplier<EditingDomain> domain, Predicate<EObject> editable) {
        TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        editableColumn(viewer, domain, editable, "goal.name", 300, Literals.GOAL__NAME, Goal::getName);
        editableColumn(viewer, domain, editable, "goal.description", 360, Literals.GOAL__DESCRIPTION, Goal::getDescription);
        column(viewer, "goal.sdgTargets", 160,
                g -> g.getAddressedSdgTargets().stream().map(SdgTarget::getCode).collect(Collectors.joining(", ")));
        column(viewer, "goal.measures", 80, g -> Long.toString(measuresFollowing(g)));
        return viewer;
    }

    private static TableViewerColumn column(TableViewer viewer, String key, int width, Function<Goal, String> text) {
        return TableColumns.add(viewer, Messages.get(key), width, Goal.class, text);
    }

    private static void editableColumn(TableViewer viewer, Supplier<EditingDomain> domain, Predicate<EObject> editable, String key, int width,
            EAttribute attribute, Function<Goal, String> text) {
        CellEditor editor = new TextCellEditor(viewer.getTable());
        column(viewer, key, width, text).setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return domain.get() != null && editable.test((Goal) element);
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

    /** How many measures in the goal's resource follow it. */
    private static long measuresFollowing(Goal goal) {
        var scope = goal.eResource() == null ? java.util.List.of(goal) : java.util.List.of(goal.eResource());
        return EcoreUtil.UsageCrossReferencer.find(goal, scope).stream()
                .filter(setting -> setting.getEStructuralFeature() == Literals.MEASURE__FOLLOWS).count();
    }
}
