package no.redthread.planning.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.demo.DemoPlanSystem;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanPackage.Literals;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.UndoContext;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.StandalonePartSite;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The plan-system views over a real workspace (the demo), wired through the real services. */
class PlanningViewsTest {

    @TempDir
    Path folder;

    private Shell shell;
    private WorkspaceService workspaces;
    private SelectionService selection;
    private Workspace workspace;

    @BeforeEach
    void openTheDemo() throws Exception {
        workspaces = ProductPath.service(WorkspaceService.class);
        selection = ProductPath.service(SelectionService.class);
        workspace = workspaces.create(folder.resolve("roros"), ProductPath.service(DemoPlanSystem.class).create());
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
    }

    @AfterEach
    void close() {
        shell.dispose();
        workspaces.close();
    }

    @Test
    void aFindingNavigatesTheExplorerAndThePlanEditorToItsObject() throws InterruptedException {
        ExplorerPart explorer = new ExplorerPart(workspaces, site(ExplorerDescriptor.ID));
        explorer.createControl(shell);
        PlanEditorPart editor = new PlanEditorPart(workspaces, ProductPath.service(MeasureFunding.class), site(PlanEditorDescriptor.ID));
        editor.createControl(shell);
        ProblemsPart problems = new ProblemsPart(workspaces, ProductPath.service(RedThreadValidator.class), site(ProblemsDescriptor.ID));
        problems.createControl(shell);
        shell.open();

        List<ProblemsPart.Row> rows = problems.rows();
        ProblemsPart.Row unlinked = rows.stream().filter(r -> r.subject() instanceof Measure).findFirst().orElseThrow();
        assertTrue(rows.size() >= 5, "the demo's deliberate breaks are found: " + rows.size());

        selection.publish(ProblemsDescriptor.ID, List.of(unlinked.subject()));

        assertEquals(unlinked.subject(), ((IStructuredSelection) explorer.tree().getSelection()).getFirstElement());
        assertEquals(PlanEditorPart.planOf(unlinked.subject()), editor.plan());
    }

    @Test
    void undoAndRedoWorkAcrossViewsThroughTheWorkspaceUndoContext() throws InterruptedException {
        PlanSystem system = workspace.planSystem().orElseThrow();
        Plan action = system.getPlans().stream().filter(p -> p.getKind() == PlanKind.HANDLINGS_OG_OKONOMIPLAN).findFirst().orElseThrow();
        Measure measure = action.getMeasures().get(0);
        Goal goal = system.getPlans().stream().flatMap(p -> p.getGoals().stream()).findFirst().orElseThrow();
        String goalName = goal.getName();
        double cost = measure.getCostPerYear();
        ExplorerPart explorer = new ExplorerPart(workspaces, site(ExplorerDescriptor.ID));
        explorer.createControl(shell);
        PlanEditorPart editor = new PlanEditorPart(workspaces, ProductPath.service(MeasureFunding.class), site(PlanEditorDescriptor.ID));
        editor.createControl(shell);
        shell.open();
        UndoContext undo = ProductPath.service(UndoContext.class);

        editor.show(action);
        ModelEdits.set(workspace.editingDomain(), measure, Literals.MEASURE__COST_PER_YEAR, cost + 1000);
        explorer.tree().setSelection(new StructuredSelection(goal));
        ModelEdits.set(workspace.editingDomain(), goal, Literals.GOAL__NAME, "Omdøpt i utforskeren");
        assertTrue(workspace.isDirty());

        undo.undo();
        assertEquals(goalName, goal.getName());
        undo.undo();
        assertEquals(cost, measure.getCostPerYear(), 0.001);
        assertFalse(undo.canUndo() && workspace.isDirty(), "back to the saved state");
        undo.redo();
        assertEquals(cost + 1000, measure.getCostPerYear(), 0.001);
    }

    private PartSite site(String id) {
        return new StandalonePartSite(id, shell, selection);
    }
}
