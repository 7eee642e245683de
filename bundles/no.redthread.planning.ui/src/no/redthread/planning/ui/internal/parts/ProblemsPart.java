package no.redthread.planning.ui.internal.parts;

import no.redthread.workspace.ui.WorkspaceWatch;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import no.redthread.planning.ui.internal.Messages;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.TableColumns;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceProblem;
import no.redthread.workspace.WorkspaceService;

/**
 * Where the red thread breaks, and files that could not be read. Double-click (or Enter) selects
 * the object, so the Explorer and the plan editor go to it. A module's finding may be about an object
 * outside the plans (a funding application): then the plan objects it names are selected after it, so
 * Properties shows the object and the Explorer and the plan editor go to what it concerns.
 */
final class ProblemsPart implements WorkbenchPart {

    /** A row: a finding of the validator (with the plan objects it names), or a workspace file problem. */
    record Row(String severity, String message, String where, EObject subject, List<EObject> named) {
    }

    private final WorkspaceService workspaces;
    private final RedThreadValidator validator;
    private final PartSite site;
    private TableViewer viewer;
    private WorkspaceWatch watch;

    ProblemsPart(WorkspaceService workspaces, RedThreadValidator validator, PartSite site) {
        this.workspaces = workspaces;
        this.validator = validator;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        TableColumns.add(viewer, Messages.get("problems.severity"), 90, Row.class, Row::severity);
        // the short column before the long one, so it stays in sight in a narrow part
        TableColumns.add(viewer, Messages.get("problems.where"), 110, Row.class, Row::where);
        TableColumns.add(viewer, Messages.get("problems.message"), 760, Row.class, Row::message);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(event -> navigate());
        watch = new WorkspaceWatch(workspaces, viewer.getControl(), this::refresh);
        refresh();
    }

    TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        watch.workspace().ifPresent(workspace -> {
            for (WorkspaceProblem problem : workspace.problems()) {
                rows.add(new Row(Messages.get("problems.file"), problem.reason(), problem.toString(), null, List.of()));
            }
        });
        watch.workspace().ifPresent(workspace -> watch.planSystem().ifPresent(system -> {
            AdapterFactory types = workspace.editingDomain().getAdapterFactory();
            for (Finding finding : validator.validate(system)) {
                rows.add(new Row(finding.severity().label(java.util.Locale.getDefault()), finding.message(),
                        Labels.typeName(types, finding.subject()), finding.subject(), inPlans(finding)));
            }
        }));
        return rows;
    }

    private void refresh() {
        List<Row> rows = rows();
        viewer.setInput(rows);
        site.setStatusMessage(watch.workspace().isPresent() ? Messages.get("problems.count", rows.size()) : "");
    }

    private void navigate() {
        Row row = (Row) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (row != null && row.subject() != null) {
            List<EObject> selected = new ArrayList<>(List.of(row.subject()));
            selected.addAll(row.named());
            site.publishSelection(List.copyOf(selected));
        }
    }

    /** For a subject outside the plans, the plan objects the finding names; nothing for a subject in a plan. */
    private static List<EObject> inPlans(Finding finding) {
        if (PlanEditorPart.planOf(finding.subject()) != null) {
            return List.of();
        }
        return finding.arguments().stream().filter(EObject.class::isInstance).map(EObject.class::cast)
                .filter(object -> PlanEditorPart.planOf(object) != null).toList();
    }
}
