package no.redthread.journeys.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * <i>Tillegg</i> in Administrasjon: its columns and what the product's own bundles contribute; the county's
 * worksheet pack and the test parts dropped into plugins/ join the list; a scenario pack with a broken file
 * dropped there brings the notice naming the file, whose «Vis i Tillegg» shows the pack first with its problem;
 * a part that throws shows the error panel with the root cause first and the stack trace folded.
 */
final class PluginsJourney extends Journey {

    private static final List<String> COLUMNS = List.of("Navn", "Symbolsk navn", "Tilstand", "Problemer", "Bidrar med", "Versjon");
    private static final String BROKEN = "no.journey.broken";
    private static final String COUNTY_PACK = "no.redthread.assessment.countypack";

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    protected void run() {
        Path plugins = Path.of(context.getProperty("felix.fileinstall.dir"));
        List<Path> jars = Arrays.stream(String.valueOf(context.getProperty("redthread.journey.plugins")).split(File.pathSeparator))
                .filter(p -> !p.isBlank() && !p.equals("null")).map(Path::of).toList();
        step("Administrasjon → Tillegg: its columns, worksheets and indicator sets of the product's bundles", () -> {
            check(jars.size() == 2 && jars.stream().allMatch(Files::isRegularFile),
                    "the test parts' and the county pack's jars in redthread.journey.plugins (journeys.sh)", jars);
            ui.waitFor("the demo workspace", () -> workspaces().current().isPresent());
            focusWindow();
            perspective("Administrasjon");
            Table table = table();
            List<String> columns = ui.sync(() -> Arrays.stream(table.getColumns()).map(TableColumn::getText).toList());
            check(columns.equals(COLUMNS), "the columns " + COLUMNS, columns);
            ui.waitFor("the assessment module's worksheets", () -> row(table, "no.redthread.assessment |").contains("arbeidsark ("),
                    () -> row(table, "no.redthread.assessment |"));
            ui.waitFor("the indicator module's indicator sets", () -> Gestures.rows(table).stream().anyMatch(r -> r.contains("indikatorsett (")));
            shot("plugins");
        });
        step("the county pack and the test parts dropped into plugins/ join the list, active", () -> {
            jars.forEach(jar -> copy(jar, plugins.resolve(jar.getFileName())));
            Table table = table();
            ui.waitFor("the county pack active with its worksheet", Ui.TIMEOUT.multipliedBy(3), () -> {
                String row = row(table, COUNTY_PACK + " |");
                return row.contains("| aktiv |") && row.contains("arbeidsark (1)");
            });
            ui.waitFor("the test parts listed with their views and command", () -> row(table, "no.redthread.workbench.ui.testparts |")
                    .contains("visninger"), () -> row(table, "no.redthread.workbench.ui.testparts |"));
            shot("dropped");
        });
        step("a scenario pack with a broken file: the notice names the file, Vis i Tillegg shows the pack first", () -> {
            copy(brokenPack(scratch()), plugins.resolve(BROKEN + ".jar"));
            Shell notice = ui.waitFor("the notice «Innholdspakke avvist»", Ui.TIMEOUT.multipliedBy(3),
                    () -> Find.shell(ui.display(), "Innholdspakke avvist"));
            Text problems = ui.waitFor("the refused files listed", () -> Find.first(notice, Text.class, t -> !t.getText().isEmpty()));
            String listed = ui.sync(problems::getText);
            check(listed.contains("broken.json") && listed.contains(BROKEN), "the bundle and broken.json named", listed);
            shot("refused-notice");
            clickButton(notice, "Vis i Tillegg");
            ui.waitFor("the notice closed", notice::isDisposed);
            Table table = table();
            ui.waitFor("the broken pack first, with its problem", () -> table.getItemCount() > 0
                    && Gestures.rowText(table.getItem(0)).contains(BROKEN)
                    && Gestures.rowText(table.getItem(0)).contains("Avvist fil (scenarioer)")
                    && Gestures.rowText(table.getItem(0)).contains("broken.json"), () -> Gestures.rowText(table.getItem(0)));
            shot("refused-first");
        });
        step("a part that throws: the error panel leads with the root cause, the stack trace folded", () -> {
            focusWindow();
            ctrl('3');
            Shell quick = dialog("Hurtigtilgang");
            robot.type("Throwing part");
            ui.waitFor("the view in quick access", () -> !quick.isDisposed());
            robot.key(SWT.CR);
            Composite part = openPart("Throwing part");
            Label cause = ui.waitFor("the root cause", () -> Find.first(part, Label.class, l -> l.getText().startsWith("Årsak: ")));
            String text = ui.sync(cause::getText);
            check(text.contains("the test part refuses to be created"), "the thrown message as the cause", text);
            Label title = ui.waitFor("the panel's title", () -> Find.label(part, "kunne ikke vises"));
            check(ui.sync(() -> title.getLocation().y < cause.getLocation().y), "the title, then the cause", "the cause above");
            Button details = ui.waitFor("the folded details", () -> Find.button(part, "Detaljer (stakkspor)"));
            check(ui.sync(() -> Find.first(part, Text.class, t -> t.getText().contains("IllegalStateException")) == null),
                    "the stack trace folded away", "shown");
            shot("error-panel");
            robot.click(details);
            ui.waitFor("the stack trace unfolded", () -> Find.first(part, Text.class, t -> t.getText().contains("IllegalStateException")));
            shot("error-details");
        });
    }

    private Path scratch() {
        return Path.of(context.getProperty("redthread.journey.scratch"));
    }

    private Table table() {
        Composite part = openPart("Tillegg");
        return ui.waitFor("the plugins' table", () -> Find.first(part, Table.class, t -> t.getItemCount() > 0));
    }

    /** The text of the first row containing this, "" when none does. */
    private String row(Table table, String containing) {
        return ui.sync(() -> Gestures.rows(table).stream().filter(r -> r.contains(containing)).findFirst().orElse(""));
    }

    /** Copies through the scratch folder and moves in at once: FileInstall never sees half a jar. */
    private void copy(Path from, Path to) {
        try {
            Path partial = scratch().resolve(to.getFileName() + ".part");
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scenario pack (as in product/smoke-test.sh) whose one file is not JSON: a comma before the closing brace. */
    private static Path brokenPack(Path folder) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", BROKEN);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Redthread-Scenarios", "scenarios/");
        Path jar = folder.resolve(BROKEN + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("scenarios/broken.json"));
            out.write("{ \"schemaVersion\": 1,\n  \"scenarios\": [ { \"id\": \"x\", }\n] }\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
