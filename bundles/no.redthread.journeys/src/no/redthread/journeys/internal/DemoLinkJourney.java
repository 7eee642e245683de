package no.redthread.journeys.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;

/**
 * On the demo as it opens, without editing anything first: a plain drag links the demo's measure
 * that follows no goal to a goal of its plan; File → Close workspace empties the plan editor and
 * Red thread; Open recent shows centred under a title without «&».
 */
final class DemoLinkJourney extends Journey {

    private Gestures gestures;

    @Override
    public String name() {
        return "demo-link-close";
    }

    /** Opens a plan's row in the Explorer as a user does from the keyboard: click it, then «+». */
    private void expand(Tree tree, String planName) {
        TreeItem planItem = ui.waitFor("the plan «" + planName + "» in the Explorer", () -> Find.treeItem(tree, planName));
        gestures.clickRow(tree, planItem);
        if (!ui.sync(planItem::getExpanded)) {
            robot.key(SWT.KEYPAD_ADD);
            ui.waitFor("the plan «" + planName + "» expanded", planItem::getExpanded);
        }
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        step("the demo is open", () -> ui.waitFor("the demo workspace", () -> workspaces().current().isPresent()));
        Measure measure = ui.sync(() -> workspaces().current().orElseThrow().planSystem().orElseThrow().getPlans().stream()
                .flatMap(p -> p.getMeasures().stream()).filter(m -> m.getFollows().isEmpty()).findFirst().orElseThrow());
        Plan plan = ui.sync(() -> (Plan) measure.eContainer());
        Plan goalPlan = ui.sync(() -> !plan.getGoals().isEmpty() ? plan
                : plan.getFollows() != null && !plan.getFollows().getGoals().isEmpty() ? plan.getFollows()
                : ((no.redthread.model.plan.PlanSystem) plan.eContainer()).getPlans().stream().filter(p -> !p.getGoals().isEmpty()).findFirst().orElseThrow());
        Goal goal = ui.sync(() -> goalPlan.getGoals().get(goalPlan.getGoals().size() - 1));
        String planName = ui.sync(plan::getName);
        String goalPlanName = ui.sync(goalPlan::getName);
        String measureName = ui.sync(measure::getName);
        String goalName = ui.sync(goal::getName);
        step("a plain drag of «" + measureName + "» onto a goal links them", () -> {
            focusWindow();
            Tree tree = PlanJourney.explorerTreeOf(this);
            expand(tree, goalPlanName);
            expand(tree, planName);
            TreeItem from = ui.waitFor("the measure in the Explorer", () -> Find.treeItem(tree, measureName));
            TreeItem to = ui.waitFor("the goal in the Explorer", () -> Find.treeItem(tree, goalName));
            gestures.scrollIntoView(tree, from);
            gestures.scrollIntoView(tree, to);
            check(gestures.visible(tree, from) && gestures.visible(tree, to), "the measure and the goal on screen at once", "one scrolled away");
            robot.drag(gestures.at(tree, from), gestures.at(tree, to), () -> shot("drag-over-goal"));
            ui.waitFor("the measure to follow the goal in the model", () -> measure.getFollows().contains(goal));
            Table problems = PlanEditing.problemsTable(this);
            ui.waitFor("the error on the measure gone from Problems", () -> Gestures.rows(problems).stream()
                    .noneMatch(r -> r.contains("«" + measureName + "» følger ikke opp noe mål")));
            shot("linked");
        });
        step("Ctrl+S, then File → Close workspace empties the plan editor and Red thread", () -> {
            focusWindow();
            ctrl('s');
            ui.waitFor("the workspace saved", () -> !workspaces().current().orElseThrow().isDirty());
            menus.fromMenuBar(window(), "Fil", "Lukk arbeidsområde");
            ui.waitFor("no workspace open", () -> workspaces().current().isEmpty());
            PlanJourney.checkEmptyAfterClose(this);
        });
        step("Open recent (Ctrl+Shift+O) opens centred, titled without «&», and reopens the demo", () -> {
            focusWindow();
            robot.shortcut('o', SWT.CTRL, SWT.SHIFT);
            Shell recent = dialog("nylig brukt");
            String title = ui.sync(recent::getText);
            String placement = PlanJourney.placement(this, recent);
            shot("open-recent");
            robot.key(SWT.CR);
            ui.waitFor("the demo to reopen", () -> workspaces().current().isPresent());
            check(!title.contains("&"), "the title «Åpne nylig brukt» without a mnemonic sign", title);
            check(placement.equals("centred"), "the dialog centred on the window", placement);
        });
    }
}
