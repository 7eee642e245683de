package no.redthread.journeys.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;

/** Steps of the plan journey in the Explorer: link by a plain drag, watch Problems and Red thread, undo and redo. */
final class Linking {

    private final PlanJourney journey;
    private final Gestures gestures;
    private final Ui ui;

    Linking(PlanJourney journey, Gestures gestures) {
        this.journey = journey;
        this.gestures = gestures;
        this.ui = journey.ui;
    }

    void linkByDrag(String goalName, String measureName) {
        Plan plan = ui.sync(() -> journey.plan(PlanKind.SAMFUNNSDEL));
        Goal goal = ui.sync(() -> plan.getGoals().get(0));
        Measure measure = ui.sync(() -> plan.getMeasures().get(0));
        journey.step("a plain drag of the measure onto the goal in the Explorer links them", () -> {
            Tree tree = journey.explorerTree();
            TreeItem planItem = ui.waitFor("the plan in the Explorer", () -> Find.treeItem(tree, plan.getName()));
            gestures.clickRow(tree, planItem);
            if (!ui.sync(planItem::getExpanded)) {
                journey.robot.key(SWT.KEYPAD_ADD);
            }
            TreeItem from = ui.waitFor("the measure in the Explorer", () -> Find.treeItem(tree, measureName));
            TreeItem to = ui.waitFor("the goal in the Explorer", () -> Find.treeItem(tree, goalName));
            journey.robot.drag(gestures.onScreen(tree, from), gestures.onScreen(tree, to), () -> journey.shot("drag-over-goal"));
            ui.waitFor("the measure to follow the goal in the model", () -> measure.getFollows().contains(goal));
            journey.shot("linked");
        });
        journey.step("Problems and Red thread follow the link", () -> {
            Table problems = PlanEditing.problemsTable(journey);
            ui.waitFor("the finding «Tiltaket «" + measureName + "» følger ikke opp noe mål» to go", () -> Gestures.rows(problems).stream()
                    .noneMatch(r -> r.contains("«" + measureName + "» følger ikke opp noe mål")), () -> Gestures.rows(problems).toString());
            Composite redThread = journey.openPart("Rød tråd");
            Tree chains = ui.waitFor("the Red thread tree", () -> Find.first(redThread, Tree.class, t -> true));
            String seen = ui.waitFor("the goal in the Red thread without the break «Ingen tiltak»", () -> {
                var texts = Gestures.treeTexts(chains);
                return texts.stream().anyMatch(t -> t.contains(goalName) && !t.contains("Ingen tiltak")) ? texts : null;
            }, () -> Gestures.treeTexts(chains).toString()).toString();
            check(seen.contains(measureName) && !seen.contains(measureName + "  ⚠ Følger ikke opp noe mål"),
                    "the measure under the goal in the Red thread, without the break «Følger ikke opp noe mål»", seen);
            journey.shot("red-thread");
        });
        journey.step("Ctrl+Z undoes the link and Ctrl+Y redoes it", () -> {
            Tree tree = journey.explorerTree();
            gestures.clickRow(tree, ui.waitFor("the goal in the Explorer", () -> Find.treeItem(tree, goalName)));
            journey.ctrl('z');
            ui.waitFor("the link to be undone", () -> measure.getFollows().isEmpty());
            Table problems = PlanEditing.problemsTable(journey);
            ui.waitFor("the finding on the measure back in Problems", () -> Gestures.rows(problems).stream()
                    .anyMatch(r -> r.contains("«" + measureName + "» følger ikke opp noe mål")));
            journey.explorerTree();
            journey.ctrl('y');
            ui.waitFor("the link to be redone", () -> measure.getFollows().contains(goal));
        });
    }

    private void check(boolean holds, String expected, String seen) {
        if (!holds) {
            throw JourneyFailure.expected(expected, seen);
        }
    }
}
