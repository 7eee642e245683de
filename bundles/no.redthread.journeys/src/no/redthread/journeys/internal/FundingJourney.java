package no.redthread.journeys.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Virkemidler in a 1280×800 window: the perspective, a search typed as you go, a facet ticked, a scheme's detail,
 * the deadline timeline; then <i>Finn tilskudd</i> on a measure in the Explorer, <i>Søk om tilskudd</i> on the best
 * match from the results' context menu, and Ctrl+Z taking the application back.
 */
final class FundingJourney extends Journey {

    private static final String MEASURE = "Kartlegge flomveier og overvann i sentrum";
    private static final String ACTION_PLAN = "Handlings- og økonomiplan 2026";

    private Gestures gestures;

    @Override
    public String name() {
        return "funding";
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        step("the demo is open in a 1280×800 window", () -> {
            ui.waitFor("the demo workspace", () -> workspaces().current().isPresent());
            ui.run(() -> window().setSize(1280, 800));
        });
        step("the switcher opens Virkemidler: search, deadlines and the scheme", () -> {
            ToolItem item = ui.waitFor("the perspective «Virkemidler»", () -> Find.toolItem(window(), "Virkemidler"));
            robot.click(robot.centre(ui.sync(item::getParent), ui.sync(item::getBounds)));
            ui.waitFor("hits in the search", () -> count() > 0);
            openPart("Frister");
            shot("timeline");
            openPart("Ordning");
            shot("perspective");
        });
        int all = ui.sync(this::count);
        step("typing «klima» searches as the user types", () -> {
            Text field = ui.waitFor("the search field", () -> Find.first(searchNow(), Text.class, t -> true));
            gestures.typeInto(field, "klima");
            ui.waitFor("fewer hits for «klima»", () -> count() > 0 && count() < all, () -> count() + " of " + all);
            shot("typed");
        });
        step("ticking «Kommune» keeps the hits the box counted", () -> {
            Button box = ui.waitFor("the check box «Kommune (…)»", () -> Find.first(searchNow(), Button.class,
                    b -> (b.getStyle() & SWT.CHECK) != 0 && Find.plain(b.getText()).startsWith("Kommune (")));
            String text = ui.sync(box::getText);
            int promised = Integer.parseInt(text.substring(text.lastIndexOf('(') + 1, text.lastIndexOf(')')));
            robot.click(box);
            ui.waitFor("the box ticked and " + promised + " hits", () -> !box.isDisposed() && box.getSelection() && count() == promised,
                    () -> count() + " hits");
            shot("facet");
        });
        step("a hit opens in the detail part with source, last-checked date and the notice", () -> {
            Table table = table();
            TableItem first = ui.sync(() -> table.getItem(0));
            robot.click(robot.centre(table, ui.sync(() -> first.getBounds(0))));
            Composite detail = openPart("Ordning");
            ui.waitFor("«Sist kontrollert» in the detail", () -> Find.label(detail, "Sist kontrollert"));
            check(ui.sync(() -> Find.label(detail, "må sjekkes hos kilden") != null), "the notice that deadlines must be checked", "none");
            shot("detail");
        });
        step("Finn tilskudd on a measure in the Explorer matches the search to it", () -> {
            Tree tree = PlanJourney.explorerTreeOf(this);
            TreeItem plan = ui.waitFor("the action plan in the Explorer", () -> Find.treeItem(tree, ACTION_PLAN));
            gestures.clickRow(tree, plan);
            if (!ui.sync(plan::getExpanded)) {
                robot.key(SWT.KEYPAD_ADD);
            }
            TreeItem measure = ui.waitFor("the measure in the Explorer", () -> Find.treeItem(tree, MEASURE));
            gestures.clickRow(tree, measure);
            robot.rightClick(gestures.onScreen(tree, measure));
            menus.fromContextMenu(tree, "Finn tilskudd");
            ui.waitFor("the search matched to the measure", () -> Find.label(searchNow(), "Matchet mot tiltaket «" + MEASURE));
            ui.waitFor("matched hits", () -> count() > 0);
            shot("matched");
        });
        step("Søk om tilskudd on the best match creates a planned application for the measure", () -> {
            Table table = table();
            TableItem best = ui.sync(() -> table.getItem(0));
            robot.click(robot.centre(table, ui.sync(() -> best.getBounds(0))));
            robot.rightClick(robot.centre(table, ui.sync(() -> best.getBounds(0))));
            menus.fromContextMenu(table, "Søk om tilskudd");
            EObject application = ui.waitFor("an application in the workspace", () -> applications().stream().findFirst().orElse(null));
            EObject measure = ui.sync(() -> (EObject) application.eGet(application.eClass().getEStructuralFeature("measure")));
            check(MEASURE.equals(ui.sync(() -> measure.eGet(measure.eClass().getEStructuralFeature("name")))),
                    "the application linked to «" + MEASURE + "»", measure);
            openPart("Frister");
            shot("application");
        });
        step("Ctrl+Z takes the application back", () -> {
            focusWindow();
            ctrl('z');
            ui.waitFor("no application", () -> applications().isEmpty());
            shot("undone");
        });
    }

    /** The search part's content, on the UI thread (inside a reader), or null while it is not open. */
    private Composite searchNow() {
        return Find.part(Find.mainShell(ui.display()), "Tilskuddssøk");
    }

    /** The number of hits shown, on the UI thread; -1 while the table is not there. */
    private int count() {
        Composite search = searchNow();
        Table table = search == null ? null : Find.first(search, Table.class, t -> true);
        return table == null ? -1 : table.getItemCount();
    }

    private Table table() {
        return ui.waitFor("the results table", () -> {
            Composite search = searchNow();
            return search == null ? null : Find.first(search, Table.class, t -> true);
        });
    }

    private List<EObject> applications() {
        return ui.sync(() -> Models.all(workspaces(), "FundingApplication"));
    }
}
