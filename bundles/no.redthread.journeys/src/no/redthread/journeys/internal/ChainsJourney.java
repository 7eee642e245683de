package no.redthread.journeys.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.workspace.Workspace;

/**
 * Chains in a 1280×800 window: the demo with its samfunnsdel assessed (through the assessment API: answering by
 * keyboard is the assessment journey's), View → Kjeder, the recipe Bærekraftsjekk chosen by its first letter, Kjør,
 * each step's output in Kjederesultater and the report written; a weak theme clicked there filters the indicator
 * dashboard to it.
 */
final class ChainsJourney extends Journey {

    private Gestures gestures;

    @Override
    public String name() {
        return "chains";
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        step("the demo is open in a 1280×800 window with its samfunnsdel assessed", () -> {
            ui.waitFor("the demo workspace", () -> workspaces().current().isPresent());
            ui.run(() -> window().setSize(1280, 800));
            ui.run(this::assess);
        });
        step("View → Kjeder opens the chain editor", () -> {
            focusWindow();
            menus.fromMenuBar(window(), "Vis", "Kjeder");
            Composite editor = openPart("Kjeder");
            ui.waitFor("the palette's first steps", () -> Find.first(editor, org.eclipse.swt.widgets.Table.class,
                    t -> t.getItemCount() > 0) != null);
            shot("editor");
        });
        step("the recipe Bærekraftsjekk, chosen by its first letter, shows its five steps checked", () -> {
            Composite editor = openPart("Kjeder");
            Combo chooser = ui.waitFor("the chain chooser", () -> Find.first(editor, Combo.class, c -> true));
            Text name = ui.sync(() -> Find.first(editor, Text.class, t -> true));
            robot.click(name); // a click on the drop-down opens its list; the name field and Shift+Tab go back to it
            robot.key(SWT.TAB, SWT.SHIFT);
            ui.waitFor("the keyboard on the chain chooser", () -> ui.display().getFocusControl() == chooser);
            robot.type("b");
            ui.waitFor("Bærekraftsjekk chosen", () -> chooser.getText().startsWith("Bærekraftsjekk"), chooser::getText);
            ui.waitFor("its five steps", () -> Find.first(editor, org.eclipse.swt.widgets.Table.class,
                    t -> t.getColumnCount() == 3 && t.getItemCount() == 5) != null);
            shot("recipe");
        });
        step("Kjør runs it in the background; the results show each step with its count and the report", () -> {
            clickButton(openPart("Kjeder"), "Kjør");
            Composite editor = openPart("Kjeder");
            ui.waitFor("the run to finish", () -> Find.label(editor, "Ferdig: 5 steg kjørt") != null,
                    () -> String.valueOf(ui.sync(() -> Find.all(editor, Label.class, l -> !l.getText().isEmpty())
                            .stream().map(Label::getText).toList())));
            Composite results = openPart("Kjederesultater");
            Tree tree = ui.waitFor("five steps in the results", () -> Find.first(results, Tree.class, t -> t.getItemCount() == 5));
            check(ui.sync(() -> tree.getItem(0).getItemCount()) > 0, "weak themes in the results", ui.sync(() -> tree.getItem(0).getText()));
            Path pdf = ui.sync(() -> workspaces().current().orElseThrow().folder()).resolve("rapporter/baerekraftsjekk.pdf");
            check(Files.isRegularFile(pdf), "the report " + pdf, "no file");
            Button run = ui.sync(() -> Find.button(editor, "Kjør"));
            ui.waitFor("Kjør enabled again after the run", () -> run.isEnabled());
            shot("results");
        });
        String[] theme = new String[1];
        step("a weak theme clicked in the results filters the indicator dashboard to it", () -> {
            Composite results = openPart("Kjederesultater");
            Tree tree = ui.sync(() -> Find.first(results, Tree.class, t -> true));
            TreeItem first = ui.sync(() -> tree.getItem(0).getItem(0));
            theme[0] = ui.sync(first::getText);
            gestures.clickRow(tree, first);
            ui.waitFor("the theme chosen", () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == first);
            ToolItem indicators = ui.waitFor("the perspective «Indikatorer»", () -> Find.toolItem(window(), "Indikatorer"));
            robot.click(robot.centre(ui.sync(indicators::getParent), ui.sync(indicators::getBounds)));
            Composite dashboard = openPart("Indikatoroversikt");
            Combo filter = ui.waitFor("the dashboard's filter", () -> Find.first(dashboard, Combo.class, c -> true));
            ui.waitFor("the dashboard filtered to «" + theme[0] + "»", () -> theme[0].equals(filter.getText()), filter::getText);
            shot("dashboard");
        });
        step("Ctrl+S saves the assessment; the chain's report stays beside it in rapporter/", () -> {
            // the perspective switch hid the results tree that had the keyboard: the window gives it to the active part
            ui.waitFor("the keyboard in the window", () -> ui.display().getFocusControl() != null);
            ctrl('s');
            ui.waitFor("the workspace saved", () -> !workspaces().current().orElseThrow().isDirty());
        });
    }

    /** An assessment of the samfunnsdel, the first four questions not fulfilled, added as one command. */
    private void assess() {
        AssessmentService assessments = context.getService(context.getServiceReference(AssessmentService.class));
        FormTemplateCatalog templates = context.getService(context.getServiceReference(FormTemplateCatalog.class));
        Workspace workspace = workspaces().current().orElseThrow();
        FormTemplate template = templates.latest("redthread-samfunnsdel").orElseThrow();
        Plan plan = workspace.planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == PlanKind.SAMFUNNSDEL).findFirst().orElseThrow();
        Assessment assessment = assessments.create(template, plan, "Kari Planlegger");
        List<PlacedQuestion> questions = template.questions();
        for (int i = 0; i < questions.size(); i++) {
            assessments.answer(assessment, questions.get(i).question().id(), i < 4 ? "ikke-ivaretatt" : "ivaretatt",
                    i < 4 ? "Mangler." : null, "Kari Planlegger");
        }
        EObject set = workspace.moduleRoot("assessment").orElseThrow();
        workspace.commandStack().execute(AddCommand.create(workspace.editingDomain(), set,
                set.eClass().getEStructuralFeature("assessments"), assessment));
    }
}
