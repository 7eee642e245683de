package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanPackage;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;

/** One command stack for the whole workspace, and the workbench's Undo/Redo on it. */
class UndoTest {

    @TempDir
    Path folder;

    @Test
    void commandsAreUndoneAndRedoneAndTrackTheDirtyState() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = service.createFor(folder, SampleModels.municipality("3401", "Kongsvinger"));
        List<Boolean> dirty = new ArrayList<>();
        service.addListener(new WorkspaceListener() {
            @Override
            public void dirtyChanged(Workspace changed, boolean isDirty) {
                dirty.add(isDirty);
            }
        });
        Plan plan = workspace.planSystem().orElseThrow().getPlans().get(2);
        Goal goal = PlanFactory.eINSTANCE.createGoal();
        goal.setId("goal-1");

        workspace.commandStack().execute(AddCommand.create(workspace.editingDomain(), plan, PlanPackage.Literals.PLAN__GOALS, goal));
        workspace.commandStack().execute(SetCommand.create(workspace.editingDomain(), goal, PlanPackage.Literals.GOAL__NAME, "Trygg oppvekst"));
        assertTrue(workspace.isDirty());

        workspace.commandStack().undo();
        assertEquals(null, goal.getName());
        workspace.commandStack().undo();
        assertTrue(plan.getGoals().isEmpty());
        assertFalse(workspace.isDirty(), "back at the saved state");
        workspace.commandStack().redo();
        assertEquals(List.of(goal), plan.getGoals());
        assertEquals(List.of(true, false, true), dirty);

        service.save();
        assertFalse(workspace.isDirty());
        assertEquals(List.of(true, false, true, false), dirty);
    }

    @Test
    void theUndoContextFollowsTheCurrentWorkspace() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        WorkspaceUndoContext undo = new WorkspaceUndoContext(service);
        List<String> events = new ArrayList<>();
        undo.addListener(() -> events.add("changed"));
        assertFalse(undo.canUndo());
        assertEquals("", undo.undoLabel());

        Workspace workspace = service.createFor(folder, SampleModels.municipality("3401", "Kongsvinger"));
        Plan plan = workspace.planSystem().orElseThrow().getPlans().get(0);
        Command rename = SetCommand.create(workspace.editingDomain(), plan, PlanPackage.Literals.PLAN__NAME, "Nytt navn");
        workspace.commandStack().execute(rename);

        assertTrue(undo.canUndo());
        Locale locale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("nb", "NO"));
            assertEquals("Set", rename.getLabel(), "EMF names the command in English");
            assertEquals("Endre", undo.undoLabel(), "Undo names it in the UI language");
            undo.undo();
            assertEquals("Kunnskapsgrunnlag", plan.getName());
            assertTrue(undo.canRedo());
            assertEquals("Endre", undo.redoLabel());
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Set", undo.redoLabel());
        } finally {
            Locale.setDefault(locale);
        }
        undo.redo();
        assertEquals("Nytt navn", plan.getName());
        assertEquals(4, events.size(), "opened, execute, undo, redo: " + events);

        service.close();
        assertFalse(undo.canUndo());
        undo.deactivate();
    }

    @Test
    void aReadOnlyResourceCannotBeEdited() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = service.createFor(folder, SampleModels.municipality("3401", "Kongsvinger"));
        var resource = workspace.planSystem().orElseThrow().eResource();
        workspace.editingDomain().getResourceToReadOnlyMap().put(resource, true);
        Plan plan = workspace.planSystem().orElseThrow().getPlans().get(0);

        assertFalse(SetCommand.create(workspace.editingDomain(), plan, PlanPackage.Literals.PLAN__NAME, "x").canExecute());
    }
}
