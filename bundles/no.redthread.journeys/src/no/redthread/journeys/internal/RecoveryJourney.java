package no.redthread.journeys.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Plan;

/**
 * Crash recovery in two runs of the product on the same demo: {@code recovery-crash} adds a goal, waits for
 * the autosave journal and ends the process as a crash does; {@code recovery} answers the recovery question
 * at the next start and then saves with Ctrl+S without clicking anywhere (defect 11: keys did nothing after
 * the question until a click).
 */
final class RecoveryJourney extends Journey {

    private static final String NEW_GOAL = "Nytt mål";
    private final boolean crash;

    private RecoveryJourney(boolean crash) {
        this.crash = crash;
    }

    static RecoveryJourney crash() {
        return new RecoveryJourney(true);
    }

    static RecoveryJourney recover() {
        return new RecoveryJourney(false);
    }

    @Override
    public String name() {
        return crash ? "recovery-crash" : "recovery";
    }

    @Override
    protected boolean endsInCrash() {
        return crash;
    }

    @Override
    protected void run() {
        if (crash) {
            addGoalAndWaitForAutosave();
        } else {
            recoverAndSaveByKeyboard();
        }
    }

    private void addGoalAndWaitForAutosave() {
        step("the demo is open", () -> ui.waitFor("the demo workspace", () -> workspaces().current().isPresent()));
        Plan plan = ui.sync(() -> workspaces().current().orElseThrow().planSystem().orElseThrow().getPlans().stream()
                .filter(p -> !p.getGoals().isEmpty()).findFirst().orElseThrow());
        String planName = ui.sync(plan::getName);
        int goals = ui.sync(() -> plan.getGoals().size());
        step("Nytt mål in the plan editor on a plan selected in the Explorer", () -> {
            focusWindow();
            Tree tree = PlanJourney.explorerTreeOf(this);
            TreeItem row = ui.waitFor("the plan «" + planName + "» in the Explorer", () -> Find.treeItem(tree, planName));
            new Gestures(ui, robot).clickRow(tree, row);
            clickTool(openPart("Planredigering"), NEW_GOAL);
            ui.waitFor("a new goal in «" + planName + "»", () -> plan.getGoals().size() == goals + 1);
        });
        step("the autosave journal is written", () -> {
            Path journal = ui.sync(() -> workspaces().current().orElseThrow().folder()).resolve(".redthread/autosave/current.json");
            ui.waitFor("the autosave journal " + journal, Duration.ofSeconds(75), () -> Files.isRegularFile(journal));
            shot("unsaved-goal");
        });
    }

    private void recoverAndSaveByKeyboard() {
        step("the next start asks whether to recover the unsaved work", () -> {
            Shell question = dialog("Gjenopprette ulagret arbeid?");
            shot("question");
            // answered from the keyboard with the pointer off the window, as after a start from a terminal
            robot.moveTo(new org.eclipse.swt.graphics.Point(4, ui.sync(() -> window().getDisplay().getBounds().height) - 4));
            ui.run(question::forceActive);
            ui.waitFor("the question to have the keyboard", () -> ui.display().getActiveShell() == question);
            robot.key(SWT.CR);
            ui.waitFor("the question closed", question::isDisposed);
            ui.waitFor("the recovered goal in the demo", () -> workspaces().current().orElseThrow().planSystem().orElseThrow()
                    .getPlans().stream().flatMap(p -> p.getGoals().stream()).map(Goal::getName).anyMatch(NEW_GOAL::equals));
            check(ui.sync(() -> workspaces().current().orElseThrow().isDirty()), "the recovered work unsaved", "saved");
        });
        step("Ctrl+S right after the question saves, without a click in the window first", () -> {
            robot.shortcut('s', SWT.CTRL);
            ui.waitFor("the workspace saved by Ctrl+S (keys must reach the window after the question)",
                    () -> !workspaces().current().orElseThrow().isDirty());
            shot("saved");
        });
    }
}
