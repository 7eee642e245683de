package no.redthread.plugins.ui.internal;

import static no.redthread.plugins.ui.internal.RepositoriesFixture.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.plugins.testing.Jars;

/**
 * The view over a county's repository folder with jars signed by keys made here: install after trusting a new
 * signer, update, remove, and the refusals with their reasons in bokmål.
 */
class RepositoriesPartTest {

    private static final String COUNTY = "CN=Troms og Finnmark fylkeskommune, C=NO";

    @TempDir
    Path folder;

    private RepositoriesFixture fixture;

    @BeforeEach
    void create() throws Exception {
        fixture = new RepositoriesFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNewSignerIsShownAndTrustedThenTheUpdateReplacesTheJarAndRemoveEmptiesPlugins() throws Exception {
        Path key = Jars.keystore(folder, COUNTY);
        fixture.publish("klima-1.0.0.jar", "1.0.0", key);
        RepositoriesPart part = fixture.open();
        part.addRepository(fixture.repository.toUri());
        fixture.idle();
        assertEquals(1, part.plugins().table().getTable().getItemCount());
        assertEquals("ny", fixture.cell(0, 3));
        assertEquals("Troms fylkeskommune (test)", fixture.cell(0, 4));
        fixture.selectRow(0);
        assertTrue(part.plugins().install().isEnabled());
        assertFalse(part.plugins().update().isEnabled());
        assertFalse(part.plugins().remove().isEnabled());

        fixture.answerSigner(true);
        fixture.click(part.plugins().install());
        assertEquals(1, fixture.asked.size(), "a new signer asks");
        List<String> shown = fixture.asked.get(0);
        assertTrue(shown.get(0).equals("signer.subject=" + COUNTY.replace(", ", ",")), shown.toString());
        assertTrue(shown.get(1).startsWith("signer.issuer=CN=Troms og Finnmark"), "self-signed: " + shown);
        assertTrue(shown.get(2).matches("signer.validity=.+ – .+"), shown.toString());
        String fingerprint = shown.get(3).substring("signer.fingerprint=".length()).replace(System.lineSeparator(), "");
        assertTrue(shown.get(3).contains(System.lineSeparator()), "16 pairs a line");
        assertTrue(fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
        assertTrue(Files.readString(fixture.settings.resolve("plugin-trust.json")).contains(fingerprint),
                "the trusted signer is remembered");
        assertEquals(List.of(NAME + "_1.0.0.jar"), fixture.pluginFiles());
        assertEquals(Messages.get("install.done", "Klimatiltak for Troms", "1.0.0"),
                part.plugins().message().getText());
        assertEquals("installert", fixture.cell(0, 3));
        assertEquals("1.0.0", fixture.cell(0, 2));
        assertTrue(part.plugins().remove().isEnabled());
        assertFalse(part.plugins().install().isEnabled());

        fixture.publish("klima-1.1.0.jar", "1.1.0", key);
        fixture.click(repositoryButton(part, "repositories.reread"));
        assertEquals("oppdatering tilgjengelig", fixture.cell(0, 3));
        assertEquals("1.1.0", fixture.cell(0, 1));
        fixture.selectRow(0);
        assertTrue(part.plugins().update().isEnabled());
        fixture.click(part.plugins().update());
        assertEquals(1, fixture.asked.size(), "a trusted signer is not asked again");
        assertEquals(List.of(NAME + "_1.1.0.jar"), fixture.pluginFiles(), "the update replaces the old jar");
        assertEquals("installert", fixture.cell(0, 3));
        assertEquals("1.1.0", fixture.cell(0, 2));

        fixture.answerRemove(false);
        fixture.click(part.plugins().remove());
        assertEquals(List.of("Fjerne Klimatiltak for Troms 1.1.0 (" + NAME + ") fra Redthread? Jar-filen slettes fra"
                + " plugins/, og visningene lukkes med en gang. Tillegget kan installeres igjen fra depotet."),
                fixture.confirmations, "the confirmation names the plugin");
        assertEquals(List.of(NAME + "_1.1.0.jar"), fixture.pluginFiles(), "Avbryt keeps the plugin");
        assertEquals("installert", fixture.cell(0, 3));

        fixture.answerRemove(true);
        fixture.click(part.plugins().remove());
        assertEquals(2, fixture.confirmations.size());
        assertEquals(List.of(), fixture.pluginFiles());
        assertEquals("ny", fixture.cell(0, 3));
        assertEquals(Messages.get("remove.done", "Klimatiltak for Troms"), part.plugins().message().getText());
    }

    @Test
    void aDeclinedSignerIsRefusedWithTheReasonAndNothingIsInstalled() throws Exception {
        fixture.publish("klima-1.0.0.jar", "1.0.0", Jars.keystore(folder, "CN=Ukjent konsulent, C=NO"));
        RepositoriesPart part = openOn(fixture);
        fixture.answerSigner(false);
        fixture.click(part.plugins().install());
        assertEquals(1, fixture.asked.size());
        String message = part.plugins().message().getText();
        assertTrue(message.startsWith("Klimatiltak for Troms ble ikke installert.") && message.contains("ikke klarert")
                && message.contains("CN=Ukjent konsulent"), message);
        assertEquals(List.of(), fixture.pluginFiles());
        assertEquals("ny", fixture.cell(0, 3));
    }

    @Test
    void aTamperedJarIsRefusedWithTheReasonWithoutAsking() throws Exception {
        Path jar = Jars.bundle(fixture.repository.resolve("klima-1.0.0.jar"), NAME, "1.0.0", "{}");
        Jars.sign(jar, Jars.keystore(folder, COUNTY));
        Jars.tamper(jar, "templates/klima.json", "{\"changed\": true}");
        no.redthread.plugins.RepositoryIndexes.build(fixture.repository);
        RepositoriesPart part = openOn(fixture);
        fixture.answerSigner(true);
        fixture.click(part.plugins().install());
        String message = part.plugins().message().getText();
        assertTrue(message.contains("er endret etter at den ble signert, og blir avvist"), message);
        assertTrue(fixture.asked.isEmpty(), "a tampered jar is refused before any question");
        assertEquals(List.of(), fixture.pluginFiles());
    }

    @Test
    void anUnsignedJarIsRefusedUnlessAllowedAndThenTheViewWarns() throws Exception {
        fixture.publish("klima-1.0.0.jar", "1.0.0", null);
        RepositoriesPart part = openOn(fixture);
        assertFalse(part.warning().isVisible());
        fixture.click(part.plugins().install());
        String message = part.plugins().message().getText();
        assertTrue(message.contains("den er ikke signert, og usignerte tillegg er ikke tillatt"), message);
        assertEquals(List.of(), fixture.pluginFiles());
        fixture.close();

        fixture = new RepositoriesFixture(folder);
        Files.writeString(fixture.home.resolve("conf/plugin-trust.json"),
                "{\"trustedSigners\": [], \"allowUnsigned\": true}");
        part = openOn(fixture);
        assertTrue(part.warning().isVisible(), "allowed unsigned plugins are marked");
        assertTrue(part.warning().getText().startsWith("Advarsel: usignerte tillegg er tillatt"));
        fixture.click(part.plugins().install());
        assertEquals(List.of(NAME + "_1.0.0.jar"), fixture.pluginFiles());
    }

    @Test
    void theAdministratorsRepositoryIsMarkedAndCannotBeRemovedTheUsersCan() throws Exception {
        fixture.publish("klima-1.0.0.jar", "1.0.0", null);
        Files.writeString(fixture.home.resolve("conf/plugin-repositories.json"),
                "{\"repositories\": [\"" + fixture.repository.toUri() + "\"]}");
        RepositoriesPart part = fixture.open();
        assertEquals(fixture.repository.toString(), part.repositories().getTable().getItem(0).getText(0));
        assertEquals("administrator", part.repositories().getTable().getItem(0).getText(1));
        assertEquals(1, part.plugins().table().getTable().getItemCount(), "the first repository is shown");
        org.eclipse.swt.widgets.Button removeRepository = repositoryButton(part, "repositories.remove");
        assertFalse(removeRepository.isEnabled());

        Path mine = Files.createDirectories(folder.resolve("mine"));
        part.addRepository(mine.toUri());
        fixture.idle();
        assertEquals("deg", part.repositories().getTable().getItem(1).getText(1));
        assertEquals(Messages.get("repository.unreadable", "").substring(0, 20),
                part.plugins().message().getText().substring(0, 20), "a folder without an index says so");
        assertTrue(removeRepository.isEnabled());
        fixture.click(removeRepository);
        assertEquals(List.of(fixture.repository.toUri()), fixture.installer.repositories());
        assertEquals(1, part.repositories().getTable().getItemCount());
    }

    private static RepositoriesPart openOn(RepositoriesFixture fixture) {
        RepositoriesPart part = fixture.open();
        part.addRepository(fixture.repository.toUri());
        fixture.idle();
        fixture.selectRow(0);
        return part;
    }

    private static org.eclipse.swt.widgets.Button repositoryButton(RepositoriesPart part, String key) {
        for (org.eclipse.swt.widgets.Control child : part.repositories().getTable().getParent().getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button button && button.getText().equals(Messages.get(key))) {
                return button;
            }
        }
        throw new AssertionError("no button " + Messages.get(key));
    }
}
