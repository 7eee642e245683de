package no.redthread.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.plugins.JarSignature;
import no.redthread.plugins.PluginEntry;
import no.redthread.plugins.PluginInstaller.SignerQuestion;
import no.redthread.plugins.PluginRefusedException;
import no.redthread.plugins.PluginRefusedException.Reason;
import no.redthread.plugins.RepositoryException;
import no.redthread.plugins.RepositoryIndex;
import no.redthread.plugins.RepositoryIndexes;
import no.redthread.plugins.testing.Jars;

/**
 * A county's repository in a folder, with jars signed by keys made here: what installs, what is refused and why,
 * and that a refused install leaves nothing in plugins/.
 */
class PluginInstallerTest {

    private static final String NAME = "no.tromsfinnmark.klima";

    @TempDir
    Path folder;

    private Path repository;
    private Path home;
    private DefaultPluginInstaller installer;
    private final List<String> asked = new ArrayList<>();
    private Locale locale;

    @BeforeEach
    void open() throws IOException {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        repository = folder.resolve("county-repository");
        home = folder.resolve("redthread");
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("conf"));
        installer = new DefaultPluginInstaller(new FolderSettings(folder.resolve("settings")), home.resolve("plugins"),
                new AdminPresets(Optional.of(home.resolve("conf"))));
    }

    @AfterEach
    void close() {
        Locale.setDefault(locale);
    }

    @Test
    void theIndexOfAFolderListsEachJarWithSizeChecksumAndTheApiItNeeds() throws Exception {
        Path jar = Jars.bundle(repository.resolve("klima-1.0.0.jar"), NAME, "1.0.0", "{}");
        RepositoryIndex index = RepositoryIndexes.build(repository);
        PluginEntry entry = index.plugins().get(0);
        assertEquals(NAME, entry.symbolicName());
        assertEquals(Files.size(jar), entry.size());
        assertEquals(BundleJar.sha256(jar), entry.sha256());
        assertEquals("Troms fylkeskommune (test)", entry.publisher());
        assertEquals(List.of("no.redthread.workbench;version=\"[1.2,2)\""), entry.requires());
        assertEquals(index, RepositoryIndexes.read(repository.toUri()), "read back as written");
    }

    @Test
    void aSignedPluginOfATrustedSignerInstallsAndANewerVersionReplacesIt() throws Exception {
        Path key = Jars.keystore(folder, "CN=Troms og Finnmark fylkeskommune, C=NO");
        publish("klima-1.0.0.jar", "1.0.0", key);
        Path installed = installer.install(repository.toUri(), newest(), yes());
        assertEquals(List.of(NAME + "_1.0.0.jar"), pluginFiles());
        assertEquals(1, asked.size(), "a new signer is asked about once");
        assertTrue(asked.get(0).contains("Troms og Finnmark"), asked.get(0));
        assertEquals(NAME, installer.installed().get(0).symbolicName());
        assertTrue(Files.exists(installed));

        publish("klima-1.1.0.jar", "1.1.0", key);
        installer.install(repository.toUri(), newest(), no());
        assertEquals(List.of(NAME + "_1.1.0.jar"), pluginFiles(), "the update replaces the old jar");
        assertEquals(1, asked.size(), "a trusted signer is not asked again");

        installer.remove(NAME);
        assertEquals(List.of(), pluginFiles());
    }

    @Test
    void aNewSignerTheUserDoesNotTrustIsRefusedAndLeavesNothing() throws Exception {
        publish("klima-1.0.0.jar", "1.0.0", Jars.keystore(folder, "CN=Ukjent konsulent"));
        PluginRefusedException refused = assertThrows(PluginRefusedException.class,
                () -> installer.install(repository.toUri(), newest(), no()));
        assertEquals(Reason.UNTRUSTED_SIGNER, refused.reason());
        assertTrue(refused.getMessage().contains("Ukjent konsulent") && refused.getMessage().contains("ikke klarert"),
                refused.getMessage());
        assertNothingLeft();
    }

    @Test
    void aTamperedJarIsRefused() throws Exception {
        Path jar = publish("klima-1.0.0.jar", "1.0.0", Jars.keystore(folder, "CN=Troms fylkeskommune"));
        Jars.tamper(jar, "templates/klima.json", "{\"evil\": true}");
        RepositoryIndexes.build(repository); // a repository that indexes the changed jar: the checksum matches
        PluginRefusedException refused = assertThrows(PluginRefusedException.class,
                () -> installer.install(repository.toUri(), newest(), yes()));
        assertEquals(Reason.TAMPERED, refused.reason(), refused.getMessage());
        assertTrue(refused.getMessage().contains("endret etter at den ble signert"), refused.getMessage());
        assertNothingLeft();
    }

    @Test
    void oneChangedByteAgainstTheIndexIsRefusedByItsChecksum() throws Exception {
        Path jar = publish("klima-1.0.0.jar", "1.0.0", Jars.keystore(folder, "CN=Troms fylkeskommune"));
        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 1;
        Files.write(jar, bytes);
        PluginRefusedException refused = assertThrows(PluginRefusedException.class,
                () -> installer.install(repository.toUri(), newest(), yes()));
        assertEquals(Reason.CHECKSUM, refused.reason());
        assertNothingLeft();
    }

    @Test
    void aFileAddedAfterSigningIsRefused() throws Exception {
        Path jar = publish("klima-1.0.0.jar", "1.0.0", Jars.keystore(folder, "CN=Troms fylkeskommune"));
        Jars.addFile(jar, "templates/extra.json", "{}");
        RepositoryIndexes.build(repository);
        PluginRefusedException refused = assertThrows(PluginRefusedException.class,
                () -> installer.install(repository.toUri(), newest(), yes()));
        assertEquals(Reason.PARTLY_SIGNED, refused.reason(), refused.getMessage());
        assertNothingLeft();
    }

    @Test
    void unsignedIsRefusedUnlessTheAdministratorAllowsIt() throws Exception {
        publish("klima-1.0.0.jar", "1.0.0", null);
        PluginRefusedException refused = assertThrows(PluginRefusedException.class,
                () -> installer.install(repository.toUri(), newest(), yes()));
        assertEquals(Reason.UNSIGNED, refused.reason());
        assertNothingLeft();

        Files.writeString(home.resolve("conf/plugin-trust.json"), "{\"trustedSigners\": [], \"allowUnsigned\": true}");
        assertTrue(installer.unsignedAllowed());
        installer.install(repository.toUri(), newest(), no());
        assertEquals(List.of(NAME + "_1.0.0.jar"), pluginFiles());
    }

    @Test
    void anAdministratorsSignerAndRepositoryArePreset() throws Exception {
        Path key = Jars.keystore(folder, "CN=Troms og Finnmark fylkeskommune, C=NO");
        Path jar = publish("klima-1.0.0.jar", "1.0.0", key);
        String fingerprint = SignedJars.verify(jar).orElseThrow().fingerprint();
        Files.writeString(home.resolve("conf/plugin-trust.json"),
                "{\"trustedSigners\": [\"" + fingerprint + "\"], \"allowUnsigned\": false}");
        Files.writeString(home.resolve("conf/plugin-repositories.json"),
                "{\"repositories\": [\"" + repository.toUri() + "\"]}");
        assertEquals(List.of(repository.toUri()), installer.repositories());
        installer.install(installer.repositories().get(0), newest(), no());
        assertTrue(asked.isEmpty(), "a preset signer is not asked about");
        URI mine = URI.create("https://plugins.example.no/tromsfinnmark/");
        installer.addRepository(mine);
        assertEquals(2, installer.repositories().size());
        assertEquals(List.of(repository.toUri()), installer.presetRepositories());
        installer.removeRepository(repository.toUri());
        installer.removeRepository(mine);
        assertEquals(List.of(repository.toUri()), installer.repositories(), "the preset one stays");
    }

    @Test
    void aMalformedIndexNamesTheFileAndWhere() throws Exception {
        Files.createDirectories(repository);
        Files.writeString(repository.resolve(RepositoryIndex.FILE_NAME), "{\"plugins\": [\n  {\"symbolicName\": }\n]}");
        RepositoryException e = assertThrows(RepositoryException.class, () -> installer.index(repository.toUri()));
        assertTrue(e.getMessage().contains(RepositoryIndex.FILE_NAME) && e.getMessage().contains("linje 2"),
                e.getMessage());
        Files.writeString(repository.resolve(RepositoryIndex.FILE_NAME), "{\"plugins\": [{\"symbolicName\": \"x\"}]}");
        e = assertThrows(RepositoryException.class, () -> installer.index(repository.toUri()));
        assertTrue(e.getMessage().contains("plugins[0].version mangler"), e.getMessage());
    }

    private Path publish(String file, String version, Path key) throws Exception {
        Path jar = Jars.bundle(repository.resolve(file), NAME, version, "{\"version\": \"" + version + "\"}");
        if (key != null) {
            Jars.sign(jar, key);
        }
        RepositoryIndexes.build(repository);
        return jar;
    }

    private PluginEntry newest() throws RepositoryException {
        return installer.index(repository.toUri()).newest(NAME).orElseThrow();
    }

    private SignerQuestion yes() {
        return (JarSignature signature, PluginEntry plugin) -> {
            asked.add(signature.subject() + " " + signature.fingerprint());
            return true;
        };
    }

    private SignerQuestion no() {
        return (signature, plugin) -> {
            asked.add(signature.subject());
            return false;
        };
    }

    private List<String> pluginFiles() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("plugins"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private void assertNothingLeft() throws IOException {
        assertEquals(List.of(), pluginFiles(), "nothing in plugins/");
        Path staging = home.resolve(".plugin-staging");
        if (Files.exists(staging)) {
            try (Stream<Path> files = Files.list(staging)) {
                assertFalse(files.findAny().isPresent(), "nothing left in staging");
            }
        }
    }
}
