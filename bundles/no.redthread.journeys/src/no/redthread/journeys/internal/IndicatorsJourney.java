package no.redthread.journeys.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swtchart.Chart;

/**
 * Statistics into the demo: File → Importer indikatordata with an SSB-shaped CSV (one region under
 * its pre-2024 number) and a JSON-stat file, each into a new indicator made from the file's
 * content, then the dashboard, the indicator view and Sammenlign kommuner. The files are invented
 * (data/README.md).
 */
final class IndicatorsJourney extends Journey {

    private Gestures gestures;

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    protected void run() {
        gestures = new Gestures(ui, robot);
        step("the demo is open", () -> ui.waitFor("the demo workspace", () -> workspaces().current().isPresent()));
        Path csv = copy("ssb_invented.csv");
        Path json = copy("jsonstat_invented.json");
        step("a malformed file: the file page says what is wrong in Norwegian, Neste is off, a good file clears it", () -> {
            Path broken = write("broken_invented.json", "{\"version\": \"2.0\", \"class\": \"dataset\", \"value\": [1, 2,");
            Shell wizard = openWizard(broken, false);
            String said = ui.waitFor("a message naming the problem on the file page", () -> {
                String all = String.join(" | ", messages(wizard));
                return all.contains("broken_invented.json") || all.matches("(?s).*(linje|rad|posisjon).*") ? all : null;
            }, () -> String.join(" | ", messages(wizard)));
            shot("malformed-file");
            Button next = ui.sync(() -> Find.button(wizard, "Neste >"));
            check(!ui.sync(next::isEnabled), "«Neste >» disabled while the file cannot be read", said);
            check(!said.matches("(?is).*\\b(line|column|unexpected|expected|end-of-input)\\b.*"), "the problem in Norwegian", said);
            gestures.typeInto(ui.sync(() -> Find.first(wizard, Text.class, t -> t.getEditable())), csv.toString());
            ui.waitFor("«Neste >» enabled for the good file", next::isEnabled, () -> String.join(" | ", messages(wizard)));
            String after = String.join(" | ", ui.sync(() -> messages(wizard)));
            check(!after.equals(said) && !after.contains("broken_invented.json"), "the previous file's problem gone", after);
            robot.key(SWT.ESC);
            ui.waitFor("the wizard to close", wizard::isDisposed);
        });
        step("the SSB CSV: the preview maps 5403 to today's 5601 and shows decimal commas", () -> {
            Shell wizard = openWizard(csv);
            String texts = ui.waitFor("the preview to say that 5403 is imported as today's 5601", () -> {
                String said = String.join(" | ", messages(wizard));
                return said.contains("5403") && said.contains("5601") ? String.join(" | ", texts(wizard)) : null;
            }, () -> String.join(" | ", texts(wizard)));
            shot("csv-preview");
            check(!texts.matches("(?s).*\\b68\\.0\\b.*") , "numbers with a decimal comma (68,0)", texts);
            finishWithNewIndicator(wizard, "csv");
        });
        step("the CSV's values for Alta, 2021–2024 under 5601, are in the workspace", () ->
                ui.waitFor("a series for 5601 from 2021", () -> series().stream().anyMatch(s -> s.contains("5601") && s.contains("2021")),
                        () -> series().toString()));
        step("the JSON-stat file imports into a new indicator", () -> finishWithNewIndicator(openWizard(json), "jsonstat"));
        step("the dashboard shows the indicators", () -> {
            switchPerspective("Indikatorer");
            Composite dashboard = openPart("Indikatoroversikt");
            ui.waitFor("tiles in the dashboard", () -> !Find.all(dashboard, Canvas.class, c -> true).isEmpty());
            check(ui.sync(() -> Find.label(dashboard, "har ingen indikatorer") == null), "tiles, not the empty dashboard", "«ingen indikatorer»");
            shot("dashboard");
            List<Canvas> tiles = ui.sync(() -> Find.all(dashboard, Canvas.class, c -> true));
            robot.click(tiles.get(0));
        });
        step("the indicator view shows the chosen indicator", () -> {
            Composite indicator = openPart("Indikator");
            ui.waitFor("an indicator in the view", () -> Find.label(indicator, "Velg en indikator") == null);
            shot("indicator");
            Chart chart = ui.waitFor("the indicator's chart", () -> Find.first(indicator, Chart.class, c -> c.getSeriesSet().getSeries().length > 0));
            String axes = ui.sync(() -> axisTexts(chart));
            check(!axes.matches("(?s).*(X Axis|Y Axis|percent).*"), "Norwegian axis titles", axes);
            check(!axes.matches("(?s).*ticks \\[[^]]*\\.[1-9].*"), "whole years on the x axis", axes);
            check(ui.sync(() -> java.util.Arrays.stream(chart.getSeriesSet().getSeries()).noneMatch(s -> s.getDescription().matches("\\d{4}"))),
                    "series named by municipality, not by number", axes);
        });
        step("Sammenlign kommuner ranks the municipalities by name", () -> {
            Composite compare = openPart("Sammenlign kommuner");
            Table ranking = ui.waitFor("the ranking", () -> Find.first(compare, Table.class, t -> t.getItemCount() > 0));
            List<String> rows = ui.sync(() -> Gestures.rows(ranking));
            shot("compare");
            check(rows.stream().map(r -> r.split(" \\| ")).noneMatch(cells -> cells.length < 2 || cells[1].matches("\\d{4}")),
                    "municipalities by name, not by number, in the second column", rows);
            check(rows.stream().anyMatch(r -> r.contains("| Alta |")), "Alta in the ranking", rows);
        });
        step("Ctrl+S saves the indicators", () -> {
            focusWindow();
            ctrl('s');
            ui.waitFor("the workspace saved", () -> !workspaces().current().orElseThrow().isDirty());
        });
    }

    private Shell openWizard(Path file) {
        return openWizard(file, true);
    }

    private Shell openWizard(Path file, boolean next) {
        focusWindow();
        menus.fromMenuBar(window(), "Fil", "Importer indikatordata");
        Shell wizard = dialog("Importer indikatordata");
        Text path = ui.waitFor("the file field", () -> Find.first(wizard, Text.class, t -> t.getEditable()));
        gestures.typeInto(path, file.toString());
        if (next) {
            clickButton(wizard, "Neste >");
        }
        return wizard;
    }

    /** Mapping page: a new indicator from the file's content variable, then Fullfør and the report. */
    private void finishWithNewIndicator(Shell wizard, String what) {
        clickButton(wizard, "Neste >");
        Button create = ui.waitFor("a button «Ny indikator …» for the file's content", () ->
                Find.first(wizard, Button.class, b -> Find.plain(b.getText()).startsWith("Ny indikator") && b.isEnabled()),
                () -> String.join(" | ", texts(wizard)));
        robot.click(create);
        shot(what + "-mapping");
        clickButton(wizard, "Fullfør");
        ui.waitFor("the wizard to close", wizard::isDisposed, () -> String.join(" | ", texts(wizard)));
        Shell done = ui.waitFor("the import report", () -> Find.shell(ui.display(), "Importer indikatordata"));
        shot(what + "-imported");
        robot.activate(done);
        robot.key(SWT.CR);
        ui.waitFor("the report to close", done::isDisposed);
    }

    private void switchPerspective(String label) {
        ToolItem item = ui.waitFor("the perspective «" + label + "»", () -> Find.toolItem(window(), label));
        robot.click(robot.centre(ui.sync(item::getParent), ui.sync(item::getBounds)));
    }

    /** Each series as «organisation: periods». */
    private List<String> series() {
        List<String> found = new ArrayList<>();
        for (EObject s : Models.all(workspaces(), "Series")) {
            Object periods = s.eGet(s.eClass().getEStructuralFeature("periods"));
            found.add(s.eGet(s.eClass().getEStructuralFeature("organisation")) + ": "
                    + (periods instanceof Object[] array ? java.util.Arrays.toString(array) : String.valueOf(periods)));
        }
        return found;
    }

    /** What the wizard says in words (labels, message line), without the preview's table of raw values. */
    private static List<String> messages(Shell shell) {
        List<String> texts = new ArrayList<>();
        Find.all(shell, Label.class, l -> true).forEach(l -> texts.add(l.getText()));
        Find.all(shell, Text.class, t -> !t.getEditable()).forEach(t -> texts.add(t.getText()));
        Find.all(shell, Button.class, b -> true).forEach(b -> texts.add(b.getText()));
        Find.all(shell, org.eclipse.swt.custom.CLabel.class, l -> true).forEach(l -> texts.add(l.getText()));
        return texts;
    }

    /** What the wizard shows: labels, fields, table rows and buttons. */
    private static List<String> texts(Shell shell) {
        List<String> texts = new ArrayList<>();
        if (shell.isDisposed()) {
            return texts;
        }
        Find.all(shell, Label.class, l -> true).forEach(l -> texts.add(l.getText()));
        Find.all(shell, Text.class, t -> true).forEach(t -> texts.add(t.getText()));
        Find.all(shell, Table.class, t -> true).forEach(t -> texts.addAll(Gestures.rows(t)));
        Find.all(shell, org.eclipse.swt.custom.CLabel.class, l -> true).forEach(l -> texts.add(l.getText()));
        return texts;
    }

    /** The chart as a user reads it: axis titles, the x axis's tick values, the legend's series names. */
    private static String axisTexts(Chart chart) {
        var x = chart.getAxisSet().getXAxis(0);
        var y = chart.getAxisSet().getYAxis(0);
        return "x «" + x.getTitle().getText() + "» y «" + y.getTitle().getText() + "» ticks "
                + java.util.Arrays.toString(x.getTick().getTickLabelValues()) + " series "
                + java.util.Arrays.stream(chart.getSeriesSet().getSeries()).map(s -> s.getDescription()).toList();
    }

    private static Path write(String name, String content) {
        Path target = Path.of(System.getProperty("user.home"), name);
        try {
            Files.writeString(target, content);
        } catch (IOException e) {
            throw new JourneyFailure("cannot write the test file " + name + ": " + e.getMessage(), e);
        }
        return target;
    }

    private Path copy(String name) {
        Path target = Path.of(System.getProperty("user.home"), name);
        try (InputStream in = context.getBundle().getEntry("data/" + name).openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new JourneyFailure("cannot copy the test file " + name + ": " + e.getMessage(), e);
        }
        return target;
    }

}
