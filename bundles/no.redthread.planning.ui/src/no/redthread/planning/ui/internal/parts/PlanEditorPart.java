package no.redthread.planning.ui.internal.parts;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanPackage.Literals;
import no.redthread.planning.ui.internal.Messages;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;
import no.redthread.workspace.ui.WorkspaceWatch;

/**
 * A form for one plan: its header, its goals and a table of its measures, all editable in place.
 * It shows the plan of the latest selection (a plan, or anything inside one) of the open workspace,
 * edits it through that workspace's editing domain, follows every change of the workspace and
 * empties when the plan leaves it (deleted, or the workspace closed).
 */
final class PlanEditorPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final MeasureFunding funding;
    private final PartSite site;
    private final Predicate<EObject> editable;
    private final Supplier<EditingDomain> domain;
    private Plan plan;
    private boolean following;
    private Composite form;
    private PlanHeader header;
    private TableViewer goals;
    private TableViewer measures;
    private Label empty;
    private SashForm tables;

    PlanEditorPart(WorkspaceService workspaces, MeasureFunding funding, PartSite site) {
        this.workspaces = workspaces;
        this.funding = funding;
        this.site = site;
        this.domain = () -> workspaces.current().map(Workspace::editingDomain).orElse(null);
        this.editable = object -> workspaces.current().filter(w -> InWorkspace.contains(w, object))
                .map(w -> !w.isReadOnly(object.eResource())).orElse(false);
    }

    @Override
    public void createControl(Composite parent) {
        form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(1, false));
        empty = new Label(form, SWT.WRAP);
        empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header = new PlanHeader(form, domain, editable);
        tables = new SashForm(form, SWT.VERTICAL);
        tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite goalSection = FormSections.section(tables, "planEditor.goals");
        goals = GoalTable.create(goalSection, domain, editable);
        FormSections.buttons(goalSection, "planEditor.newGoal", this::addGoal, "planEditor.delete", () -> delete(goals));
        Composite measureSection = FormSections.section(tables, "planEditor.measures");
        measures = new TableViewer(measureSection, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        measures.getTable().setLinesVisible(true);
        measures.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        measures.setContentProvider(ArrayContentProvider.getInstance());
        new MeasureColumns(measures, domain, editable, funding).create();
        FormSections.buttons(measureSection, "planEditor.newMeasure", this::addMeasure, "planEditor.delete", () -> delete(measures));
        goals.addSelectionChangedListener(e -> publish(goals));
        measures.addSelectionChangedListener(e -> publish(measures));
        contextMenu(goals);
        contextMenu(measures);
        new WorkspaceWatch(workspaces, form, this::refresh);
        site.followSelection(this::showPlanOf);
        showPlanOf(site.currentSelection());
        refresh();
    }

    /** Shows the plan of the objects another view selected, and selects its goals and measures among them. */
    private void showPlanOf(List<?> objects) {
        objects.stream().filter(EObject.class::isInstance).map(o -> planOf((EObject) o))
                .filter(p -> p != null).findFirst().ifPresent(this::show);
        if (plan == null || goals.getControl().isDisposed()) {
            return;
        }
        refresh(); // a goal just made elsewhere is in the table before it is selected
        following = true;
        try {
            select(goals, objects, Goal.class);
            select(measures, objects, Measure.class);
        } finally {
            following = false;
        }
    }

    private void select(TableViewer viewer, List<?> objects, Class<? extends EObject> type) {
        List<?> rows = objects.stream().filter(o -> type.isInstance(o) && ((EObject) o).eContainer() == plan).toList();
        viewer.setSelection(new StructuredSelection(rows), true);
    }

    /** Shows a plan of the open workspace; the form follows it through every change until another plan is shown. */
    void show(Plan newPlan) {
        if (newPlan == plan || goals.getControl().isDisposed() || !InWorkspace.contains(workspaces.current().orElse(null), newPlan)) {
            return;
        }
        plan = newPlan;
        refresh();
    }

    Plan plan() {
        return plan;
    }

    TableViewer goals() {
        return goals;
    }

    TableViewer measures() {
        return measures;
    }

    @Override
    public void setFocus() {
        if (!goals.getControl().isVisible() || !goals.getControl().setFocus()) {
            form.forceFocus(); // no plan shown: the form itself, or the window's key bindings have no focus to start from
        }
    }

    private void refresh() {
        if (goals.getControl().isDisposed()) {
            return;
        }
        if (!InWorkspace.contains(workspaces.current().orElse(null), plan)) {
            plan = null;
        }
        empty.setText(Messages.get(workspaces.current().isPresent() ? "planEditor.empty" : "planEditor.noWorkspace"));
        FormSections.showOnly(plan == null ? empty : tables, plan == null ? tables : empty);
        header.show(plan);
        FormSections.show(goals, plan == null ? List.of() : plan.getGoals());
        FormSections.show(measures, plan == null ? List.of() : plan.getMeasures());
        form.layout(true, true);
    }

    private void addGoal() {
        Goal goal = PlanFactory.eINSTANCE.createGoal();
        goal.setId(ModelIds.newId("goal"));
        add(goals, Literals.PLAN__GOALS, goal, Messages.get("planEditor.newGoal.name"));
    }

    private void addMeasure() {
        Measure measure = PlanFactory.eINSTANCE.createMeasure();
        measure.setId(ModelIds.newId("measure"));
        add(measures, Literals.PLAN__MEASURES, measure, Messages.get("planEditor.newMeasure.name"));
    }

    /** Adds a named object to the plan as one command that Undo names, selects it and opens its name for typing. */
    private void add(TableViewer viewer, EReference feature, EObject child, String name) {
        EditingDomain editing = domain.get();
        if (plan != null && editing != null && editable.test(plan)) {
            child.eSet(child.eClass().getEStructuralFeature("name"), name);
            editing.getCommandStack().execute(new CommandWrapper(name, null, AddCommand.create(editing, plan, feature, child)));
            refresh();
            viewer.setSelection(new StructuredSelection(child), true);
            viewer.editElement(child, 0); // the user names it at once
        }
    }

    private void delete(TableViewer viewer) {
        List<?> selected = viewer.getStructuredSelection().toList();
        EditingDomain editing = domain.get();
        if (editing != null && !selected.isEmpty()) {
            editing.getCommandStack().execute(DeleteCommand.create(editing, selected));
        }
    }

    /** The commands other bundles offer on the selected goals or measures (e.g. Finn tilskudd), as the Explorer has. */
    private void contextMenu(TableViewer viewer) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(shown -> {
            publish(viewer);
            site.addContextCommands(shown);
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
    }

    private void publish(TableViewer viewer) {
        if (following) {
            return;
        }
        site.publishSelection(viewer.getStructuredSelection().toList());
    }

    static Plan planOf(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current instanceof Plan found) {
                return found;
            }
        }
        return null;
    }
}
