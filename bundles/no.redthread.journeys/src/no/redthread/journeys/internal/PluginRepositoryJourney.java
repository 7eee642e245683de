package no.redthread.journeys.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;

import no.redthread.journeys.plugin.JourneyPluginPart;
import no.redthread.plugins.RepositoryIndexes;

/**
 * A county's plugin repository in a folder, a plugin signed by a key made here: in Administrasjon → Tilleggsdepoter
 * the user adds the folder, installs the plugin after trusting the new signer (its view then opens from quick
 * access), updates it to a newer version (the view shows the new one) and removes it: the question names the plugin,
 * Avbryt keeps it, Fjern removes it (the view closes). FileInstall
 * starts and stops the jar in plugins/; nothing is restarted.
 */
final class PluginRepositoryJourney extends Journey {

    private Gestures gestures;
    private Path repository;
    private Path key;

    @Override
    public String name() {
        return "plugin-repository";
    }

    @Override
    protected void run() throws Exception {
        gestures = new Gestures(ui, robot);
        String scratch = context.getProperty("redthread.journey.scratch");
        Path folder = scratch == null ? Files.createTempDirectory("plugin-journey") : Path.of(scratch);
        repository = folder.resolve("fylkesdepot");
        key = PluginJars.keystore(folder);
        PluginJars.publish(repository, "1.0.0", key);
        RepositoryIndexes.build(repository);

        step("Administrasjon → Tilleggsdepoter, Legg til depot… with the county's folder", () -> {
            focusWindow();
            ToolItem item = ui.waitFor("the perspective «Administrasjon»", () -> Find.toolItem(window(), "Administrasjon"));
            robot.click(robot.centre(ui.sync(item::getParent), ui.sync(item::getBounds)));
            Composite part = openPart("Tilleggsdepoter");
            clickButton(part, "Legg til depot");
            Shell add = dialog("Legg til depot");
            gestures.typeInto(ui.waitFor("the address field", () -> Find.first(add, Text.class, t -> true)),
                    repository.toString());
            clickButton(add, "Legg til");
            gestures.row(plugins(), JourneyPluginPart.LABEL);
            ui.waitFor("the plugin listed as new", () -> row().contains("| ny |"), this::row);
            shot("repository");
        });
        step("Installer asks about the new signer; trusting it installs the plugin and its view opens", () -> {
            clickRowAndButton("Installer");
            Shell signer = dialog("Ny utsteder");
            check(ui.sync(() -> Find.all(signer, Text.class, t -> t.getText().contains("CN=Troms og Finnmark")).size()) >= 1,
                    "the signer's name in the dialog", "none");
            shot("new-signer");
            clickButton(signer, "Stol på denne utstederen");
            ui.waitFor("the plugin installed", () -> row().contains("| installert |"), this::row);
            checkViewShows("1.0.0");
            shot("installed-view");
        });
        step("a newer version in the repository: Les på nytt, Oppdater; the view shows the new version", () -> {
            publish("1.1.0");
            Composite part = openPart("Tilleggsdepoter");
            clickButton(part, "Les på nytt");
            ui.waitFor("an update offered", () -> row().contains("oppdatering tilgjengelig"), this::row);
            clickRowAndButton("Oppdater");
            ui.waitFor("the update installed", () -> row().contains("1.1.0 | 1.1.0 | installert"), this::row);
            checkViewShows("1.1.0");
            shot("updated-view");
        });
        step("Fjern asks first, naming the plugin: Avbryt keeps it", () -> {
            openPart("Tilleggsdepoter");
            clickRowAndButton("Fjern");
            Shell confirm = dialog("Fjern tillegg");
            String named = "Fjerne " + JourneyPluginPart.LABEL + " 1.1.0 (" + PluginJars.NAME + ") fra Redthread?";
            check(ui.sync(() -> Find.all(confirm, Label.class, l -> l.getText().startsWith(named)).size()) == 1,
                    "the question «" + named + " …»",
                    ui.sync(() -> Find.all(confirm, Label.class, l -> true).stream().map(Label::getText).toList()).toString());
            shot("remove-question");
            clickButton(confirm, "Avbryt");
            ui.waitFor("the question closed", () -> Find.shell(ui.display(), "Fjern tillegg") == null);
            check(row().contains("1.1.0 | 1.1.0 | installert"), "the plugin still installed", row());
            checkViewShows("1.1.0");
        });
        step("Fjern, confirmed, removes the plugin and its view closes", () -> {
            openPart("Tilleggsdepoter");
            clickRowAndButton("Fjern");
            clickButton(dialog("Fjern tillegg"), "Fjern");
            ui.waitFor("the plugin new again", () -> row().contains("| ny |"), this::row);
            ui.waitFor("the plugin's view closed", () -> Find.tab(window(), JourneyPluginPart.LABEL) == null);
            ui.run(() -> window().update()); // the closed tab painted away before the screenshot
            shot("removed");
        });
    }

    private void publish(String version) {
        try {
            PluginJars.publish(repository, version, key);
            RepositoryIndexes.build(repository);
        } catch (Exception e) {
            throw new JourneyFailure("publishing " + version + ": " + e.getMessage(), e);
        }
    }

    /** Opens the plugin's view from quick access (it is in no layout) unless it is open, and reads its text. */
    private void checkViewShows(String version) {
        String expected = JourneyPluginPart.LABEL + " " + version;
        ui.waitFor("FileInstall to start " + PluginJars.NAME + " " + version + " with its view",
                () -> Arrays.stream(context.getBundles()).anyMatch(b -> PluginJars.NAME.equals(b.getSymbolicName())
                        && b.getVersion().toString().equals(version) && b.getRegisteredServices() != null));
        if (ui.sync(() -> Find.tab(window(), JourneyPluginPart.LABEL)) == null) {
            focusWindow();
            ctrl('3');
            dialog("Hurtigtilgang");
            robot.type(JourneyPluginPart.LABEL);
            ui.waitFor("the view in quick access", () -> Find.shell(ui.display(), "Hurtigtilgang") != null);
            robot.key(SWT.CR);
        }
        Composite view = openPart(JourneyPluginPart.LABEL); // a tab in the background is made when it first shows
        ui.waitFor("the view «" + expected + "»", () -> !view.isDisposed()
                && Find.first(view, Label.class, l -> l.getText().equals(expected)) != null,
                () -> view.isDisposed() ? "the view closed" : Find.all(view, Label.class, l -> true).toString());
    }

    private Table plugins() {
        Composite part = ui.waitFor("the part «Tilleggsdepoter»", () -> Find.part(window(), "Tilleggsdepoter"));
        return ui.waitFor("the plugins table", () -> Find.first(part, Table.class,
                t -> Arrays.stream(t.getColumns()).anyMatch(c -> c.getText().equals("Tilstand"))));
    }

    private String row() {
        Table table = plugins();
        return ui.sync(() -> Arrays.stream(table.getItems()).map(Gestures::rowText)
                .filter(text -> text.contains(JourneyPluginPart.LABEL)).findFirst().orElse(""));
    }

    private void clickRowAndButton(String button) {
        Table table = plugins();
        TableItem item = gestures.row(table, JourneyPluginPart.LABEL);
        robot.click(robot.centre(table, ui.sync(() -> item.getBounds(0))));
        clickButton(ui.sync(() -> Find.part(window(), "Tilleggsdepoter")), button);
    }
}
