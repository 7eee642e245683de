package no.redthread.journeys.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The consultant's portfolio: File → Ny portefølje with three municipality numbers (5403 an old one, Alta's before
 * 2024) creates three workspaces; their rows appear; a click on a header sorts them; the shipped recipe runs over
 * two rows with a report each; a double-click opens one of them as the workspace.
 */
final class PortfolioJourney extends Journey {

    private Gestures gestures;
    private Path parent;
    private Table table;

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    protected void run() throws Exception {
        gestures = new Gestures(ui, robot);
        parent = Path.of(context.getProperty("redthread.journey.scratch")).resolve("kommuner");
        step("the demo is open", () -> ui.waitFor("the demo workspace", () -> workspaces().current().isPresent()));
        step("File → Ny portefølje creates a workspace per number, 5403 as 5601 Alta", () -> {
            focusWindow();
            menus.fromMenuBar(window(), "Fil", "Ny portefølje");
            Shell dialog = dialog("Ny portefølje");
            List<Text> fields = ui.sync(() -> Find.all(dialog, Text.class, t -> true));
            gestures.typeInto(fields.get(0), "Konsulentoppdrag");
            gestures.typeInto(fields.get(1), parent.toString());
            gestures.typeInto(fields.get(2), "3401 5403 5025");
            shot("new-portfolio");
            clickButton(dialog, "Opprett");
            ui.waitFor("the dialog to close", dialog::isDisposed);
            check(Files.isRegularFile(parent.resolve("5601-Alta").resolve("workspace.json")), "5601-Alta created",
                    parent);
        });
        step("the Portefølje view shows the three municipalities with their figures", () -> {
            Composite part = openPart("Portefølje");
            CTabItem tab = ui.waitFor("the tab", () -> Find.tab(window(), "Portefølje"));
            // a double-click on the tab maximises the part: every column in view at 1280 pixels
            robot.doubleClick(robot.centre(ui.sync(tab::getParent), ui.sync(tab::getBounds)));
            table = ui.waitFor("the portfolio table", () -> Find.first(part, Table.class, t -> true));
            ui.waitFor("three rows with figures", () -> table.getItemCount() == 3
                    && Gestures.rows(table).stream().allMatch(row -> row.contains("ferdig")), () -> Gestures.rows(table).toString());
            shot("rows");
        });
        step("a click on the header Kommune sorts by name, a second the other way", () -> {
            clickHeader(0);
            ui.waitFor("Alta first", () -> table.getItem(0).getText(0).equals("Alta"), () -> Gestures.rows(table).toString());
            Ui.pause(800); // later than the double-click time, so the second click is a click of its own
            clickHeader(0);
            ui.waitFor("Alta last", () -> table.getItem(2).getText(0).equals("Alta"), () -> Gestures.rows(table).toString());
            shot("sorted");
        });
        step("Rød tråd-rapport runs over two selected rows, a report each", () -> {
            ui.run(() -> { // the viewer hears the table's selection event, as from shift+click
                table.setSelection(new int[] { 0, 1 });
                table.notifyListeners(SWT.Selection, new Event());
            });
            Composite part = ui.sync(table::getParent);
            Combo chains = ui.waitFor("the chain list", () -> Find.first(part, Combo.class,
                    c -> List.of(c.getItems()).contains("Rød tråd-rapport")));
            ui.run(() -> {
                chains.select(List.of(chains.getItems()).indexOf("Rød tråd-rapport"));
                chains.notifyListeners(SWT.Selection, new Event());
            });
            clickButton(part, "Kjør på valgte");
            ui.waitFor("two rows completed", Duration.ofSeconds(90), () -> Gestures.rows(table).stream()
                    .filter(row -> row.contains("Fullført")).count() == 2 ? true : null);
            for (int i = 0; i < 2; i++) {
                int index = i;
                String report = ui.sync(() -> table.getItem(index).getText(9));
                check(report.endsWith(".html"), "a report in row " + index, ui.sync(() -> Gestures.rows(table)));
            }
            check(Files.exists(parent.resolve("rapporter").resolve("3401-Kongsvinger.pdf")), "Kongsvinger's PDF",
                    parent.resolve("rapporter"));
            Button cancel = ui.sync(() -> Find.button(part, "Avbryt"));
            ui.waitFor("Avbryt off and Kjør på valgte on again once the run is over",
                    () -> !cancel.isEnabled() && Find.button(part, "Kjør på valgte").isEnabled());
            shot("chain-run");
        });
        step("a double-click on Kongsvinger opens its workspace", () -> {
            TableItem row = gestures.row(table, "Kongsvinger");
            robot.doubleClick(robot.centre(table, ui.sync(() -> row.getBounds(0))));
            ui.waitFor("Kongsvinger open", () -> workspaces().current()
                    .filter(w -> w.folder().equals(parent.resolve("3401-Kongsvinger"))).isPresent());
            shot("opened");
        });
    }

    /** Clicks a column header, which GTK draws just above the first row (whose y is where the rows begin). */
    private void clickHeader(int column) {
        Rectangle header = ui.sync(() -> {
            int x = 0;
            for (int i = 0; i < column; i++) {
                x += table.getColumn(i).getWidth();
            }
            int rows = table.getItem(0).getBounds(0).y;
            return new Rectangle(x, rows - table.getHeaderHeight(), table.getColumn(column).getWidth(),
                    table.getHeaderHeight());
        });
        robot.click(robot.centre(table, header));
    }
}
