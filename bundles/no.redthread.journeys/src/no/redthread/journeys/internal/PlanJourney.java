package no.redthread.journeys.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;

/**
 * A consultant's first hour: a new workspace for Alta from the wizard, a goal and a measure in
 * the plan editor, linked by a plain drag in the Explorer, Problems and Red thread following,
 * undo/redo, save, close and reopen.
 */
final class PlanJourney extends Journey {

    static final String GOAL = "Trygg drikkevannsforsyning";
    static final String MEASURE = "Nytt renseanlegg i Elvebakken";
    private Gestures gestures;
    private Path folder;

    @Override
    public String name() {
        return "plan";
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        folder = Path.of(System.getProperty("user.home"), "Redthread", "Alta plan");
        step("the demo is open", () -> ui.waitFor("the demo workspace", () -> workspaces().current().isPresent()));
        step("Ctrl+N opens the new-workspace wizard", () -> {
            focusWindow();
            ctrl('n');
            dialog("Nytt arbeidsområde");
        });
        step("the wizard finds Alta by name and creates the workspace", this::createAlta);
        step("the plan editor shows the chosen plan", () -> showPlan(PlanKind.SAMFUNNSDEL));
        new PlanEditing(this, gestures).addGoalAndMeasure(GOAL, MEASURE);
        new Linking(this, gestures).linkByDrag(GOAL, MEASURE);
        step("save with Ctrl+S writes the goal and measure to disk", this::save);
        step("File → Close workspace clears the plan editor and Red thread", this::closeWorkspace);
        step("Open recent (Ctrl+Shift+O) reopens the workspace with goal, measure and link", this::reopen);
    }

    private void createAlta() {
        var wizard = dialog("Nytt arbeidsområde");
        Text filter = ui.waitFor("the search field", () -> Find.first(wizard, Text.class, t -> t.getMessage().startsWith("Skriv")));
        gestures.typeInto(filter, "Alta");
        Table list = ui.waitFor("the municipality list", () -> Find.first(wizard, Table.class, t -> true));
        String chosen = ui.waitFor("Alta chosen in the list", () -> list.getSelectionCount() == 1
                && list.getSelection()[0].getText().contains("Alta") ? list.getSelection()[0].getText() : null);
        check(chosen.startsWith("5601"), "5601 Alta chosen", chosen);
        shot("wizard-alta");
        clickButton(wizard, "Neste >");
        Text path = ui.waitFor("the folder field", () -> Find.first(wizard, Text.class, t -> t.getText().contains("Redthread")));
        gestures.typeInto(path, folder.toString());
        clickButton(wizard, "Fullfør");
        ui.waitFor("the wizard to close", () -> wizard.isDisposed());
        ui.waitFor("the new workspace to be open", () -> workspaces().current().filter(w -> w.folder().equals(folder)).isPresent());
        String top = ui.waitFor("Alta at the top of the Explorer", () -> {
            Tree tree = Find.first(openPartNow("Utforsker"), Tree.class, t -> t.getItemCount() > 0);
            return tree != null && tree.getItem(0).getText().contains("Alta") ? tree.getItem(0).getText() : null;
        });
        check(Files.isRegularFile(folder.resolve("workspace.json")), "workspace.json in " + folder, "no file");
        shot("workspace-created " + top.replace(' ', '_'));
    }

    /** Clicks a plan in the Explorer: the plan editor and the Red thread follow it. */
    void showPlan(PlanKind kind) {
        Plan plan = ui.sync(() -> workspaces().current().orElseThrow().planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == kind).findFirst().orElseThrow());
        String name = ui.sync(plan::getName);
        Tree tree = explorerTree();
        TreeItem item = ui.waitFor("the plan «" + name + "» in the Explorer", () -> Find.treeItem(tree, name));
        gestures.clickRow(tree, item);
        Composite editor = openPart("Planredigering");
        ui.waitFor("the plan editor to show «" + name + "»", () -> Find.first(editor, Text.class, t -> t.getText().equals(name)));
    }

    Tree explorerTree() {
        return explorerTreeOf(this);
    }

    static Tree explorerTreeOf(Journey journey) {
        Composite explorer = journey.openPart("Utforsker");
        return journey.ui.waitFor("the Explorer tree", () -> Find.first(explorer, Tree.class, t -> true));
    }

    /** The part's content without clicking its tab (for use inside a UI-thread reader). */
    Composite openPartNow(String title) {
        return Find.part(Find.mainShell(ui.display()), title);
    }

    Plan plan(PlanKind kind) {
        return workspaces().current().orElseThrow().planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == kind).findFirst().orElseThrow();
    }

    private void save() {
        focusWindow();
        ctrl('s');
        ui.waitFor("the workspace to be saved (not dirty)", () -> !workspaces().current().orElseThrow().isDirty());
        check(filesMention(GOAL) && filesMention(MEASURE), "the goal and measure in the files of " + folder, "they are not there");
    }

    private boolean filesMention(String text) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeWorkspace() {
        focusWindow();
        menus.fromMenuBar(window(), "Fil", "Lukk arbeidsområde");
        ui.waitFor("no workspace open", () -> workspaces().current().isEmpty());
        checkEmptyAfterClose(this);
    }

    /** After closing: no goals, measures or plan fields in the plan editor, no chains in the Red thread. */
    static void checkEmptyAfterClose(Journey journey) {
        Ui ui = journey.ui;
        Composite editor = journey.openPart("Planredigering");
        String goals = ui.settled(() -> Find.all(editor, Table.class, t -> true).stream().mapToInt(Table::getItemCount).sum() + " rows, "
                + Find.all(editor, Text.class, t -> !t.getText().isEmpty()).stream().map(Text::getText).toList());
        journey.check(goals.startsWith("0 rows, []"), "an empty plan editor after closing", goals);
        Composite redThread = journey.openPart("Rød tråd");
        int chains = ui.settled(() -> Find.all(redThread, Tree.class, t -> true).stream().mapToInt(Tree::getItemCount).sum());
        journey.check(chains == 0, "an empty Red thread after closing", chains + " rows");
        journey.shot("closed");
    }

    /** «centred» when a dialog's centre is within a tenth of the window's size from the window's centre. */
    static String placement(Journey journey, org.eclipse.swt.widgets.Shell dialog) {
        return journey.ui.sync(() -> {
            var bounds = dialog.getBounds();
            var main = journey.window().getBounds();
            int dx = Math.abs(bounds.x + bounds.width / 2 - (main.x + main.width / 2));
            int dy = Math.abs(bounds.y + bounds.height / 2 - (main.y + main.height / 2));
            return dx <= main.width / 10 && dy <= main.height / 10 ? "centred" : "dialog " + bounds + " on window " + main;
        });
    }

    private void reopen() {
        focusWindow();
        robot.shortcut('o', SWT.CTRL, SWT.SHIFT);
        var recent = dialog("nylig brukt");
        String title = ui.sync(recent::getText);
        String placement = placement(this, recent);
        shot("open-recent");
        robot.type("Alta");
        robot.key(SWT.CR);
        ui.waitFor("the workspace to reopen", () -> workspaces().current().filter(w -> w.folder().equals(folder)).isPresent());
        Plan plan = ui.sync(() -> plan(PlanKind.SAMFUNNSDEL));
        String seen = ui.sync(() -> plan.getGoals().stream().map(Goal::getName).toList() + " "
                + plan.getMeasures().stream().map(m -> m.getName() + " → " + m.getFollows().stream().map(Goal::getName).toList()).toList());
        check(seen.equals("[" + GOAL + "] [" + MEASURE + " → [" + GOAL + "]]"), "the goal, the measure and its link after reopening", seen);
        showPlan(PlanKind.SAMFUNNSDEL);
        shot("reopened");
        check(!title.contains("&"), "the dialog title «Åpne nylig brukt» without a mnemonic sign", title);
        check(placement.equals("centred"), "the Open recent dialog centred on the window", placement);
    }

    static String measures(Plan plan) {
        return plan.getMeasures().stream().map(Measure::getName).toList().toString();
    }
}
