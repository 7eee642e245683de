package no.redthread.planning.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.workbench.UndoContext;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workspace.Workspace;

/**
 * The plan editor on workspaces that the product's own WorkspaceService created or opened: it must
 * find their editing domain (it once looked for one the real resource set does not have, and was
 * read-only in the product while a hand-made fixture passed).
 */
class PlanEditorPartTest {

    @TempDir
    Path folder;

    private ProductPath product;

    @BeforeEach
    void start() {
        product = new ProductPath("nb-NO");
    }

    @AfterEach
    void close() {
        product.close();
    }

    @Test
    void aWorkspaceCreatedForAMunicipalityCanBeEditedFieldsNewGoalNewMeasureAndDelete() throws Exception {
        Workspace workspace = product.createFor(folder.resolve("alta"), "5601");
        Plan plan = plan(workspace, PlanKind.SAMFUNNSDEL);
        PlanEditorPart editor = open();

        product.selection.publish(ExplorerDescriptor.ID, List.of(plan));
        Text name = field(plan.getName());
        assertTrue(name.isEnabled(), "the plan's name can be edited");
        name.setText("Samfunnsdelen 2026–2038");
        name.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals("Samfunnsdelen 2026–2038", plan.getName());

        click("Nytt mål");
        assertEquals(1, plan.getGoals().size(), "Nytt mål adds a goal");
        assertEquals(List.of(plan.getGoals().get(0)), editor.goals().getStructuredSelection().toList(), "the table shows it, selected");
        assertEquals("Nytt mål", ProductPath.service(UndoContext.class).undoLabel());
        product.spin(300); // the views' updates for the new goal run
        assertTrue(editor.goals().isCellEditorActive(), "its name is open for typing");
        Text cell = (Text) Arrays.stream(editor.goals().getTable().getChildren()).filter(Control::isVisible).findFirst().orElseThrow();
        cell.setText("Bedre folkehelse");
        editor.goals().applyEditorValue();
        assertEquals("Bedre folkehelse", plan.getGoals().get(0).getName());
        click("Nytt tiltak");
        assertEquals(1, plan.getMeasures().size(), "Nytt tiltak adds a measure");
        assertTrue(product.spinUntil(() -> editor.measures().getTable().getItemCount() == 1));

        editor.goals().setSelection(new StructuredSelection(plan.getGoals().get(0)));
        clickNth("Slett", 0);
        assertTrue(plan.getGoals().isEmpty(), "Slett deletes the selected goal");
        workspace.commandStack().undo();
        assertEquals(1, plan.getGoals().size(), "one undo brings it back");
        assertTrue(workspace.isDirty());
    }

    @Test
    void aWorkspaceOpenedFromItsFolderCanBeEditedInPlace() throws Exception {
        Path roros = folder.resolve("roros");
        product.createDemo(roros);
        product.workspaces.close();
        Workspace workspace = product.workspaces.open(roros);
        Plan action = plan(workspace, PlanKind.HANDLINGS_OG_OKONOMIPLAN);
        Measure measure = action.getMeasures().get(0);
        double cost = measure.getCostPerYear();
        PlanEditorPart editor = open();
        product.selection.publish(ExplorerDescriptor.ID, List.of(measure));
        assertEquals(action, editor.plan());

        Table table = editor.measures().getTable();
        editor.measures().editElement(measure, 2);
        Text cell = (Text) Arrays.stream(table.getChildren()).filter(Control::isVisible).findFirst()
                .orElseThrow(() -> new AssertionError("no cell editor opens: the table is read-only"));
        cell.setText("300 000");
        editor.measures().applyEditorValue();

        assertEquals(300_000, measure.getCostPerYear(), 0.001);
        workspace.commandStack().undo();
        assertEquals(cost, measure.getCostPerYear(), 0.001);
        assertTrue(product.spinUntil(() -> table.getItem(0).getText(2).equals(String.format("%,.0f", cost))), "the table follows undo");
    }

    @Test
    void aGoalAddedInTheExplorerShowsInThePlanEditorAtOnceSelectedAndUndoNamesIt() throws Exception {
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        Plan community = plan(workspace, PlanKind.SAMFUNNSDEL);
        ExplorerPart explorer = new ExplorerPart(product.workspaces, product.site(ExplorerDescriptor.ID));
        explorer.createControl(product.shell);
        PlanEditorPart editor = open();
        explorer.tree().setSelection(new StructuredSelection(community));
        int goals = community.getGoals().size();
        assertEquals(goals, editor.goals().getTable().getItemCount());

        Menu menu = explorer.tree().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem newGoal = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("Nytt mål")).findFirst().orElseThrow();
        newGoal.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());

        Goal created = community.getGoals().get(goals);
        assertEquals("Nytt mål", created.getName());
        assertEquals(goals + 1, editor.goals().getTable().getItemCount(), "the new goal shows without reopening");
        assertEquals(List.of(created), editor.goals().getStructuredSelection().toList(), "and is selected there");
        assertEquals("Nytt mål", ProductPath.service(UndoContext.class).undoLabel(), "Undo says what it undoes");
    }

    @Test
    void closingTheWorkspaceEmptiesThePlanEditor() throws Exception {
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        PlanEditorPart editor = open();
        product.selection.publish(ExplorerDescriptor.ID, List.of(plan(workspace, PlanKind.SAMFUNNSDEL)));
        assertTrue(editor.goals().getTable().getItemCount() > 0);

        product.workspaces.close();

        assertTrue(product.spinUntil(() -> editor.plan() == null), "the closed workspace's plan is gone");
        assertEquals(0, editor.goals().getTable().getItemCount());
        assertEquals(0, editor.measures().getTable().getItemCount());
        assertFalse(texts().stream().anyMatch(t -> t.isVisible() && !t.getText().isEmpty()), "no field shows the closed plan");
        List<Button> buttons = new ArrayList<>();
        collect(product.shell, Button.class, buttons);
        assertFalse(buttons.stream().anyMatch(Button::isVisible), "no Nytt mål without a plan");
        List<Label> labels = new ArrayList<>();
        collect(product.shell, Label.class, labels);
        assertTrue(labels.stream().anyMatch(l -> l.isVisible() && l.getText().startsWith("Ikke noe arbeidsområde er åpent")));
    }

    @Test
    void theDateHintIsInTheUiLanguage() throws Exception {
        product.close();
        product = new ProductPath("en");
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        open();
        product.selection.publish(ExplorerDescriptor.ID, List.of(plan(workspace, PlanKind.SAMFUNNSDEL)));

        assertTrue(texts().stream().anyMatch(t -> "YYYY-MM-DD".equals(t.getMessage())), "the English hint for the adoption date");
    }

    @Test
    void withoutAPlanTheEditorStillTakesTheFocusSoKeyBindingsWork() throws Exception {
        product.createDemo(folder.resolve("roros"));
        Text elsewhere = new Text(product.shell, SWT.BORDER);
        PlanEditorPart editor = open();
        product.shell.forceActive();
        elsewhere.setFocus();
        product.spin(100);
        assertEquals(elsewhere, product.shell.getDisplay().getFocusControl());

        editor.setFocus();
        product.spin(100);

        Control focus = product.shell.getDisplay().getFocusControl();
        assertTrue(focus != null && focus != elsewhere, "the plan editor has the focus (the window's key bindings need one): " + focus);
    }

    @Test
    void aPlanOutsideTheOpenWorkspaceIsNotShown() throws Exception {
        product.createDemo(folder.resolve("roros"));
        PlanEditorPart editor = open();
        Plan stray = no.redthread.model.plan.PlanFactory.eINSTANCE.createPlan();

        product.selection.publish(ExplorerDescriptor.ID, List.of(stray));

        assertNull(editor.plan());
    }

    @Test
    void theGoalAndMeasureTablesOfferContributedContextCommandsForTheirRow() throws Exception {
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        Plan action = plan(workspace, PlanKind.HANDLINGS_OG_OKONOMIPLAN);
        List<Object> offeredFor = new ArrayList<>();
        PartSite shown = product.site(PlanEditorDescriptor.ID);
        PartSite site = new PartSite() { // as the window's site: adds the contributed commands (e.g. Finn tilskudd)
            @Override
            public String partId() {
                return shown.partId();
            }

            @Override
            public org.eclipse.swt.widgets.Shell shell() {
                return shown.shell();
            }

            @Override
            public void publishSelection(List<?> selection) {
                shown.publishSelection(selection);
            }

            @Override
            public void setStatusMessage(String message) {
                shown.setStatusMessage(message);
            }

            @Override
            public void followSelection(java.util.function.Consumer<List<?>> listener) {
                shown.followSelection(listener);
            }

            @Override
            public List<?> currentSelection() {
                return shown.currentSelection();
            }

            @Override
            public void addContextCommands(org.eclipse.jface.action.IMenuManager menu) {
                offeredFor.add(product.selection.current().get(0));
                menu.add(new org.eclipse.jface.action.Action("Finn tilskudd") {
                });
            }
        };
        PlanEditorPart editor = new PlanEditorPart(product.workspaces, ProductPath.service(MeasureFunding.class), site);
        editor.createControl(product.shell);
        product.shell.open();
        product.selection.publish(ExplorerDescriptor.ID, List.of(action));
        product.spin(50);
        Measure measure = action.getMeasures().get(0);
        editor.measures().setSelection(new StructuredSelection(measure));

        Menu menu = editor.measures().getTable().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        assertTrue(Arrays.stream(menu.getItems()).anyMatch(i -> i.getText().equals("Finn tilskudd")), "the measure's menu");
        menu.notifyListeners(SWT.Hide, new Event());
        assertEquals(List.of(measure), offeredFor, "for the right-clicked measure, published before the menu shows");

        Goal goal = plan(workspace, PlanKind.SAMFUNNSDEL).getGoals().get(0);
        product.selection.publish(ExplorerDescriptor.ID, List.of(goal));
        product.spin(50);
        Menu goals = editor.goals().getTable().getMenu();
        goals.notifyListeners(SWT.Show, new Event());
        assertTrue(Arrays.stream(goals.getItems()).anyMatch(i -> i.getText().equals("Finn tilskudd")), "the goal's menu");
        assertEquals(goal, offeredFor.get(1));
    }

    private PlanEditorPart open() {
        PlanEditorPart editor = new PlanEditorPart(product.workspaces, ProductPath.service(MeasureFunding.class), product.site(PlanEditorDescriptor.ID));
        editor.createControl(product.shell);
        product.shell.open();
        product.spin(50);
        return editor;
    }

    private static Plan plan(Workspace workspace, PlanKind kind) {
        return workspace.planSystem().orElseThrow().getPlans().stream().filter(p -> p.getKind() == kind).findFirst().orElseThrow();
    }

    private Text field(String showing) {
        return texts().stream().filter(t -> showing.equals(t.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no field shows " + showing));
    }

    private List<Text> texts() {
        List<Text> found = new ArrayList<>();
        collect(product.shell, Text.class, found);
        return found;
    }

    private void click(String label) {
        clickNth(label, 0);
    }

    /** Presses the n-th button with the label, as a click does. */
    private void clickNth(String label, int n) {
        List<Button> buttons = new ArrayList<>();
        collect(product.shell, Button.class, buttons);
        Button button = buttons.stream().filter(b -> label.equals(b.getText())).skip(n).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label));
        assertTrue(button.isEnabled() && button.isVisible(), label);
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static <T> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }
}
