package no.redthread.planning.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.Theme;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workbench.UndoContext;
import no.redthread.workspace.Workspace;

/**
 * The Explorer on a workspace the product created: its context menu and linking by a plain drag.
 * (Drags posted with Display.post do not start under Xvfb here, so the drag goes through the
 * Explorer's own drag source and drop target listeners, with the events SWT gives them.)
 */
class ExplorerPartTest {

    @TempDir
    Path folder;

    private ProductPath product;

    @AfterEach
    void close() {
        product.close();
    }

    @Test
    void theNewMenuSpeaksBokmal() throws Exception {
        assertEquals(List.of("Nytt mål", "Nytt tiltak"), newItems("nb-NO", PlanKind.SAMFUNNSDEL));
    }

    @Test
    void theNewMenuSpeaksNynorsk() throws Exception {
        assertEquals(List.of("Nytt mål", "Nytt tiltak"), newItems("nn-NO", PlanKind.SAMFUNNSDEL));
    }

    @Test
    void aPlainDragOfAMeasureOntoAGoalLinksThemInOneUndoableStepAndTheStatusLineSaysSo() throws Exception {
        product = new ProductPath("nb-NO");
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        new ProblemsPart(product.workspaces, ProductPath.service(RedThreadValidator.class), product.site(ProblemsDescriptor.ID))
                .createControl(product.shell); // it writes its count to the same status line
        ExplorerPart explorer = open();
        Measure measure = plan(workspace, PlanKind.HANDLINGS_OG_OKONOMIPLAN).getMeasures().get(0);
        Goal goal = plan(workspace, PlanKind.SAMFUNNSDEL).getGoals().stream().filter(g -> !measure.getFollows().contains(g))
                .findFirst().orElseThrow();
        explorer.tree().reveal(goal);
        explorer.tree().setSelection(new StructuredSelection(measure));
        TreeItem onto = ProductPath.find(explorer.tree().getTree().getItems(), goal);
        Drag drag = new Drag(explorer.tree().getControl());

        assertTrue(drag.allows(DND.DROP_MOVE), "a drag without keys (which the platform makes a move) is accepted");
        drag.start();
        assertEquals(DND.DROP_LINK, drag.over(onto, DND.DROP_MOVE), "the plain drag becomes a link");
        assertEquals("Slipp for å knytte «" + measure.getName() + "» til «" + goal.getName() + "»", last(product.status));
        drag.drop(onto);

        assertTrue(measure.getFollows().contains(goal), "the drop links");
        product.spin(300);
        assertEquals("«" + measure.getName() + "» er knyttet til «" + goal.getName() + "». Angre med Ctrl+Z.", last(product.status),
                "the status line keeps saying what the drop did");
        assertEquals("Knytt sammen", ProductPath.service(UndoContext.class).undoLabel(), "Undo names the link");
        workspace.commandStack().undo();
        assertFalse(measure.getFollows().contains(goal), "one undo takes the link away");
    }

    @Test
    void aPlainDragOfAGoalOntoAThemeLinksThem() throws Exception {
        product = new ProductPath("nb-NO");
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        ExplorerPart explorer = open();
        Goal goal = plan(workspace, PlanKind.SAMFUNNSDEL).getGoals().get(0);
        Theme theme = workspace.planSystem().orElseThrow().getFrame().getDimensions().stream().flatMap(d -> d.getThemes().stream())
                .filter(t -> !goal.getAddressedThemes().contains(t)).findFirst().orElseThrow();
        explorer.tree().reveal(theme);
        explorer.tree().setSelection(new StructuredSelection(goal));
        TreeItem onto = ProductPath.find(explorer.tree().getTree().getItems(), theme);
        Drag drag = new Drag(explorer.tree().getControl());
        drag.start();

        assertEquals(DND.DROP_LINK, drag.over(onto, DND.DROP_MOVE));
        drag.drop(onto);

        assertTrue(goal.getAddressedThemes().contains(theme));
    }

    @Test
    void aDragOverSomethingThatCannotBeLinkedSaysHowToLink() throws Exception {
        product = new ProductPath("nb-NO");
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        ExplorerPart explorer = open();
        Plan action = plan(workspace, PlanKind.HANDLINGS_OG_OKONOMIPLAN);
        explorer.tree().setSelection(new StructuredSelection(action.getMeasures().get(0)));
        Drag drag = new Drag(explorer.tree().getControl());
        drag.start();

        assertEquals(DND.DROP_NONE, drag.over(ProductPath.find(explorer.tree().getTree().getItems(), action), DND.DROP_MOVE));
        assertTrue(last(product.status).startsWith("Dra et tiltak til et mål"), product.status.toString());
    }

    @Test
    void onlyMeaningfulTargetsAcceptADrop() throws Exception {
        product = new ProductPath("nb-NO");
        Workspace workspace = product.createDemo(folder.resolve("roros"));
        Plan community = plan(workspace, PlanKind.SAMFUNNSDEL);
        Goal goal = community.getGoals().get(0);

        assertTrue(ExplorerActions.link(workspace.editingDomain(), goal, workspace.planSystem().orElseThrow().getFrame()
                .getSdgs().get(0).getTargets().stream().filter(t -> !goal.getAddressedSdgTargets().contains(t)).findFirst()
                .orElseThrow()) != null, "a goal onto an SDG target links");
        assertEquals(null, ExplorerActions.link(workspace.editingDomain(), goal, community), "a goal onto a plan does nothing");
    }

    private List<String> newItems(String language, PlanKind kind) throws Exception {
        product = new ProductPath(language);
        Workspace workspace = product.createFor(folder.resolve("alta"), "5601");
        ExplorerPart explorer = open();
        explorer.tree().setSelection(new StructuredSelection(plan(workspace, kind)));
        Menu menu = explorer.tree().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = Arrays.stream(menu.getItems()).map(MenuItem::getText).filter(t -> t.startsWith("N")).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    private ExplorerPart open() {
        ExplorerPart explorer = new ExplorerPart(product.workspaces, product.site(ExplorerDescriptor.ID));
        explorer.createControl(product.shell);
        product.shell.open();
        product.shell.forceActive();
        product.spin(200);
        return explorer;
    }

    private static Plan plan(Workspace workspace, PlanKind kind) {
        return workspace.planSystem().orElseThrow().getPlans().stream().filter(p -> p.getKind() == kind).findFirst().orElseThrow();
    }

    private static String last(List<String> messages) {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }
}
