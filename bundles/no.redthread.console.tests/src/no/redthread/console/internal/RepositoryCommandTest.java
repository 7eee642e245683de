package no.redthread.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.service.command.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.plugins.RepositoryException;

/**
 * {@code redthread:repository} through the Gogo function the framework publishes: a county publishes a folder with
 * one command and lists it back; outside the distribution there is no plugins/ to install into, and it says so.
 */
class RepositoryCommandTest {

    @TempDir
    Path folder;

    private final BundleContext context = FrameworkUtil.getBundle(RepositoryCommandTest.class).getBundleContext();
    private Function console;
    private Locale locale;

    @BeforeEach
    void findConsole() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
        ServiceTracker<Function, Function> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(objectClass=" + Function.class.getName() + ")(osgi.command.function=repository))"), null);
        tracker.open();
        console = tracker.waitForService(10_000);
        assertNotNull(console, "no redthread:repository within 10 s");
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(locale);
    }

    @Test
    void indexPublishesAFolderAndListReadsItBack() throws Exception {
        Path repository = Files.createDirectories(folder.resolve("troms"));
        jar(repository.resolve("klima.jar"), "no.troms.klima", "1.2.0");
        String indexed = (String) console.execute(null, List.of("index", repository.toString()));
        assertTrue(indexed.startsWith("no.troms.klima\t1.2.0\tKlima (test)\tTroms fylkeskommune\t"), indexed);
        assertTrue(indexed.endsWith("1 tillegg i indeksen " + repository.resolve("redthread-index.json")), indexed);
        assertTrue(Files.exists(repository.resolve("redthread-index.json")));
        String listed = (String) console.execute(null, List.of("list", repository.toString()));
        assertEquals(indexed.lines().findFirst().orElseThrow(), listed.strip());
    }

    @Test
    void installOutsideTheDistributionSaysThereIsNoPluginsFolder() throws Exception {
        Path repository = Files.createDirectories(folder.resolve("troms"));
        jar(repository.resolve("klima.jar"), "no.troms.klima", "1.2.0");
        console.execute(null, List.of("index", repository.toString()));
        RepositoryException e = assertThrows(RepositoryException.class,
                () -> console.execute(null, List.of("install", repository.toString(), "no.troms.klima")));
        assertTrue(e.getMessage().contains("ingen plugins-mappe"), e.getMessage());
        IllegalArgumentException usage = assertThrows(IllegalArgumentException.class,
                () -> console.execute(null, List.of("install", repository.toString())));
        assertTrue(usage.getMessage().startsWith("bruk: redthread:repository"), usage.getMessage());
    }

    private static void jar(Path jar, String name, String version) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Name", "Klima (test)");
        main.putValue("Bundle-Vendor", "Troms fylkeskommune");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new java.util.jar.JarEntry("templates/klima.json"));
            out.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
