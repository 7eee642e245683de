package no.redthread.journeys.internal;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;

/** Steps of the plan journey in the plan editor: new goal and measure, named in place. */
final class PlanEditing {

    private final PlanJourney journey;
    private final Gestures gestures;

    PlanEditing(PlanJourney journey, Gestures gestures) {
        this.journey = journey;
        this.gestures = gestures;
    }

    void addGoalAndMeasure(String goal, String measure) {
        Ui ui = journey.ui;
        Plan plan = ui.sync(() -> journey.plan(PlanKind.SAMFUNNSDEL));
        journey.step("Nytt mål in the plan editor adds a goal", () -> {
            Composite editor = journey.openPart("Planredigering");
            journey.shot("plan-editor");
            journey.clickTool(editor, "Nytt mål");
            ui.waitFor("a goal in the plan (the plan editor must be editable)", () -> plan.getGoals().size() == 1);
            gestures.row(tables(editor).get(0), "Nytt mål");
        });
        journey.step("the goal's name is typed in place", () -> {
            Table goals = tables(journey.openPart("Planredigering")).get(0);
            gestures.editCell(goals, gestures.row(goals, "Nytt mål"), 0, goal);
            ui.waitFor("the goal named «" + goal + "» in the model", () -> goal.equals(plan.getGoals().get(0).getName()));
        });
        journey.step("Nytt tiltak adds a measure, named in place", () -> {
            Composite editor = journey.openPart("Planredigering");
            journey.clickTool(editor, "Nytt tiltak");
            ui.waitFor("a measure in the plan", () -> plan.getMeasures().size() == 1);
            Table measures = tables(editor).get(1);
            gestures.editCell(measures, gestures.row(measures, "Nytt tiltak"), 0, measure);
            ui.waitFor("the measure named «" + measure + "» in the model", () -> measure.equals(plan.getMeasures().get(0).getName()));
            journey.shot("goal-and-measure");
        });
        journey.step("Problems lists the measure that follows no goal", () -> {
            Table problems = problemsTable(journey);
            ui.waitFor("the finding «Tiltaket «" + measure + "» følger ikke opp noe mål.»", () -> Gestures.rows(problems).stream()
                    .anyMatch(r -> r.contains("Tiltaket «" + measure + "» følger ikke opp noe mål")));
            journey.shot("problems-before-link");
        });
        ui.sync(() -> plan.getGoals().stream().map(Goal::getName).toList());
    }

    static Table problemsTable(Journey journey) {
        Composite problems = journey.openPart("Problemer");
        return journey.ui.waitFor("the Problems table", () -> Find.first(problems, Table.class, t -> true));
    }

    private List<Table> tables(Composite editor) {
        return journey.ui.waitFor("the goal and measure tables", () -> {
            List<Table> tables = Find.all(editor, Table.class, t -> true);
            return tables.size() >= 2 ? tables : null;
        });
    }
}
