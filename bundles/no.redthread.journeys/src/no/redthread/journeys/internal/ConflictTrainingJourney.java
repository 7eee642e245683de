package no.redthread.journeys.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * <i>Start dilemmatrening</i> on a candidate goal conflict: a new assessment of the case where the first theme's two
 * questions pull each way (Positiv, Negativ virkning), the conflict's row in Vurderingssammendrag, its context menu;
 * the Dilemma perspective shows a session whose first finding is the conflict, and one Ctrl+Z takes it back.
 */
final class ConflictTrainingJourney extends Journey {

    private static final String PLAN = "Saksframlegg";

    private Gestures gestures;
    private Sessions sessions;

    @Override
    public String name() {
        return "conflict-training";
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        sessions = new Sessions(ui, robot);
        step("the demo is open", () -> ui.waitFor("the demo workspace", () -> workspaces().current().isPresent()));
        step("right-click on the case plan → Ny vurdering; the first two questions answered Positiv and Negativ", () -> {
            Tree tree = PlanJourney.explorerTreeOf(this);
            TreeItem plan = ui.waitFor("the plan «" + PLAN + "…» in the Explorer", () -> Find.treeItem(tree, PLAN));
            gestures.clickRow(tree, plan);
            robot.rightClick(gestures.onScreen(tree, plan));
            menus.fromContextMenu(tree, "Ny vurdering");
            ui.waitFor("an assessment in the workspace", () -> !Models.all(workspaces(), "Assessment").isEmpty());
            Composite editor = openPart("Vurdering");
            CTabFolder dimensions = ui.waitFor("the dimension tabs", () -> Find.first(editor, CTabFolder.class, f -> f.getItemCount() > 0));
            List<Combo> questions = ui.waitFor("the first dimension's questions", () -> {
                List<Combo> all = Find.all(dimensions, Combo.class, c -> true);
                return all.size() >= 2 ? all : null;
            });
            answer(questions.get(0), "p", "Flomsikring av sentrum");
            answer(questions.get(1), "n", "Mer anleggstrafikk");
            ui.waitFor("two answers in the model", () -> Models.all(workspaces(), "Answer").stream()
                    .filter(a -> a.eGet(a.eClass().getEStructuralFeature("optionId")) != null).count() == 2);
            shot("answered");
        });
        step("Vurderingssammendrag lists the theme as a possible goal conflict", () -> {
            Table conflicts = conflicts();
            ui.waitFor("one conflict row pulling 1 forward and 1 back", () -> conflicts.getItemCount() == 1
                    && Gestures.rowText(conflicts.getItem(0)).contains("| 1 | 1 |"), () -> Gestures.rows(conflicts).toString());
            shot("summary-conflict");
        });
        step("the conflict's context menu → Start dilemmatrening opens Dilemma with the conflict as the first finding", () -> {
            Table conflicts = conflicts();
            TableItem row = ui.sync(() -> conflicts.getItem(0));
            String theme = ui.sync(() -> row.getText(0));
            robot.click(robot.centre(conflicts, ui.sync(() -> row.getBounds(0))));
            robot.rightClick(robot.centre(conflicts, ui.sync(() -> row.getBounds(0))));
            menus.fromContextMenu(conflicts, "Start dilemmatrening");
            EObject session = ui.waitFor("one session on the conflict", () -> {
                List<EObject> all = Models.all(workspaces(), "Session");
                return all.size() == 1 ? all.get(0) : null;
            });
            String title = String.valueOf(sessions.get(session, "title"));
            check(title.startsWith("Målkonflikt: "), "the session titled «Målkonflikt: …»", title);
            List<EObject> findings = sessions.list(session, "findings");
            check(findings.size() == 1 && "CONFLICT".equals(String.valueOf(sessions.get(findings.get(0), "kind"))),
                    "one goal-conflict finding", findings);
            String description = String.valueOf(sessions.get(findings.get(0), "description"));
            check(description.contains("Flomsikring") || description.contains("Trekker framover"),
                    "the finding describing which questions pull each way", description);
            check(!((List<?>) sessions.get(findings.get(0), "pullingFor")).isEmpty()
                    && sessions.get(findings.get(0), "pullingFor").equals(sessions.get(findings.get(0), "pullingAgainst")),
                    "the finding pulling both towards and away from the theme", sessions.get(findings.get(0), "pullingFor"));
            Composite part = ui.waitFor("Dilemmaøkt in front, in the Dilemma perspective", () -> {
                Composite p = Find.part(window(), "Dilemmaøkt");
                return p != null && p.isVisible() && Find.part(window(), "Scenarier") != null ? p : null;
            });
            Combo chooser = ui.waitFor("the session chooser", () -> Find.first(part, Combo.class, c -> true));
            ui.waitFor("the session chosen", () -> chooser.getText().startsWith(title), chooser::getText);
            System.out.println("journey " + name() + ": the conflict «" + theme + "» became «" + title + "»");
            shot("session-from-conflict");
        });
        step("one Ctrl+Z takes the session back, the assessment stays", () -> {
            focusWindow();
            ctrl('z');
            ui.waitFor("no session after one Ctrl+Z", () -> Models.all(workspaces(), "Session").isEmpty(),
                    () -> "the keyboard in " + ui.display().getFocusControl());
            check(ui.sync(() -> Models.all(workspaces(), "Assessment").size()) == 1, "the assessment kept", "none");
        });
    }

    /** One question by keyboard: the option's first letter, Enter to the justification, the text, Enter on. */
    private void answer(Combo combo, String letter, String justification) {
        if (ui.sync(() -> ui.display().getFocusControl() != combo)) {
            var siblings = ui.sync(() -> List.of(combo.getParent().getChildren()));
            robot.click(siblings.get(siblings.indexOf(combo) + 1));
            robot.key(SWT.TAB, SWT.SHIFT);
            ui.waitFor("the keyboard on the question's answer", () -> ui.display().getFocusControl() == combo);
        }
        robot.type(letter);
        ui.waitFor("an option chosen by «" + letter + "»", () -> combo.getSelectionIndex() >= 0);
        robot.key(SWT.CR);
        ui.waitFor("the keyboard in the justification", () -> ui.display().getFocusControl() instanceof org.eclipse.swt.widgets.Text);
        robot.type(justification);
        robot.key(SWT.CR);
    }

    private Table conflicts() {
        Composite summary = openPart("Vurderingssammendrag");
        return ui.waitFor("the conflicts' table", () -> Find.first(summary, Table.class,
                t -> t.getColumnCount() == 3 && t.getColumn(1).getText().equals("Trekker fram")));
    }
}
