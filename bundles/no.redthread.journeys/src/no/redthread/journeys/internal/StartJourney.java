package no.redthread.journeys.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;


/**
 * The first start: the window shows the Kom i gang page in front, the demo opens in the Explorer
 * under the name the title uses, Problems speaks Norwegian, and the window's dialogs open centred on it.
 */
final class StartJourney extends Journey {

    @Override
    public String name() {
        return "start";
    }

    @Override
    protected void run() {
        step("the demo opens on the first start", () -> {
            ui.waitFor("a workspace to be open", () -> workspaces().current().isPresent());
            ui.idle();
            shot("first-start");
        });
        step("the Kom i gang page is in front on the first start", () -> {
            CTabItem tab = ui.waitFor("a tab «Kom i gang»", () -> Find.tab(window(), "Kom i gang"));
            check(ui.sync(() -> tab.getParent().getSelection() == tab), "«Kom i gang» as the selected tab",
                    ui.sync(() -> tab.getParent().getSelection().getText()));
        });
        step("the title and the Explorer name the demo alike", () -> {
            var explorer = openPart("Utforsker");
            Tree tree = ui.waitFor("the Explorer tree", () -> Find.first(explorer, Tree.class, t -> t.getItemCount() > 0));
            String top = ui.sync(() -> tree.getItem(0).getText());
            String title = ui.sync(() -> window().getText());
            String[] parts = title.split(" – ");
            String name = parts.length > 1 ? parts[1] : "";
            String organisation = ui.sync(() -> workspaces().current().orElseThrow().planSystem()
                    .map(p -> p.getOrganisation() == null ? "" : p.getOrganisation().getName()).orElse(""));
            check(!name.isEmpty() && top.contains(name) && organisation.contains(name),
                    "the title's name of the demo («" + name + "») in the Explorer and as the organisation's name",
                    "title «" + title + "», Explorer «" + top + "», organisation «" + organisation + "»");
            shot("demo");
        });
        step("Problems names what a finding concerns in Norwegian", () -> {
            Table problems = PlanEditing.problemsTable(this);
            List<String> concerns = ui.waitFor("findings in Problems", () -> {
                List<String> where = java.util.Arrays.stream(problems.getItems()).map(StartJourney::lastColumn).toList();
                return where.isEmpty() ? null : where;
            });
            check(concerns.stream().noneMatch(w -> List.of("Measure", "Goal", "Case", "Plan system").contains(w)),
                    "Tiltak, Mål, Sak … in the column Gjelder", concerns);
        });
        step("Quick access opens centred on the window (Ctrl+3)", () -> centredDialog("Hurtigtilgang", '3', SWT.CTRL));
        step("Show view opens centred on the window (Shift+Alt+Q)", () -> centredDialog("Vis visning", 'q', SWT.SHIFT, SWT.ALT));
    }

    private void centredDialog(String title, char key, int... modifiers) {
        focusWindow();
        robot.shortcut(key, modifiers);
        var dialog = dialog(title);
        String placement = PlanJourney.placement(this, dialog);
        shot("dialog-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        robot.key(SWT.ESC);
        ui.waitFor("the dialog «" + title + "» to close", () -> ui.sync(dialog::isDisposed) ? Boolean.TRUE : null);
        check(placement.equals("centred"), "the dialog «" + title + "» centred on the window", placement);
    }

    private static String lastColumn(TableItem item) {
        return item.getText(Math.max(0, item.getParent().getColumnCount() - 1));
    }
}
