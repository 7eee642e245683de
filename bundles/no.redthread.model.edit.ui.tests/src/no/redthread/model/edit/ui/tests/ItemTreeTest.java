package no.redthread.model.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.model.edit.ui.ItemContentProvider;
import no.redthread.model.edit.ui.ItemLabelProvider;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.PlanPackage;

/** A TreeViewer over the item providers shows the plan system and follows commands and their undo. */
class ItemTreeTest {

    private final EditFixture fixture = new EditFixture();
    private TreeViewer tree;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theTreeShowsThePlanSystemWithTextAndIcons() {
        open();
        TreeItem root = tree.getTree().getItem(0);
        assertEquals("Plansystem: Bergen kommune", root.getText());
        assertNotNull(root.getImage(), "the plan system's icon");
        assertEquals(List.of("4601 Bergen", "Plan: Kommuneplanens samfunnsdel", "Plan: Kommuneplanens arealdel"),
                texts(root.getItems()));
        TreeItem plan = root.getItem(1);
        assertEquals(List.of("Mål: Bedre folkehelse", "Mål: Trygge lokalsamfunn", "Tiltak: Trygge skoleveier"),
                texts(plan.getItems()));
        assertNotNull(plan.getItem(0).getImage(), "the goal's icon");
    }

    @Test
    void theTreeFollowsCommandsAndUndo() {
        open();
        Goal goal = fixture.plan.getGoals().get(0);
        execute(SetCommand.create(fixture.domain, goal, PlanPackage.Literals.GOAL__NAME, "God psykisk helse"));
        assertEquals("Mål: God psykisk helse", planItem().getItem(0).getText());

        execute(AddCommand.create(fixture.domain, fixture.plan, PlanPackage.Literals.PLAN__GOALS,
                EditFixture.goal("goal-3", "Levende sentrum")));
        tree.expandAll();
        assertEquals(4, planItem().getItemCount());
        assertEquals("Mål: Levende sentrum", planItem().getItem(2).getText());

        fixture.domain.getCommandStack().undo();
        fixture.domain.getCommandStack().undo();
        EditFixture.pump();
        assertEquals(List.of("Mål: Bedre folkehelse", "Mål: Trygge lokalsamfunn", "Tiltak: Trygge skoleveier"),
                texts(planItem().getItems()));
    }

    private void open() {
        tree = new TreeViewer(fixture.shell);
        tree.setContentProvider(new ItemContentProvider(fixture.factory));
        tree.setLabelProvider(new ItemLabelProvider(fixture.factory));
        tree.setInput(List.of(fixture.system));
        tree.expandAll();
        fixture.open();
    }

    private void execute(Command command) {
        fixture.domain.getCommandStack().execute(command);
        EditFixture.pump();
    }

    private TreeItem planItem() {
        return tree.getTree().getItem(0).getItem(1);
    }

    private static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }
}
