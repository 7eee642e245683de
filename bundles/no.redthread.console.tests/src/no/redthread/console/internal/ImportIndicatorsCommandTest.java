package no.redthread.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.felix.service.command.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.Series;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * {@code redthread:import-indicators} as a script runs it: the Gogo function found by its command name, real CSV
 * files and a real workspace folder in a temporary directory, the workspace read back from disk afterwards. The
 * figures in the files are INVENTED for these tests; the municipality numbers are real.
 */
class ImportIndicatorsCommandTest {

    @TempDir
    Path folder;

    private static final String KINDERGARTEN = "ssb-kindergarten-coverage";

    private final BundleContext context = FrameworkUtil.getBundle(ImportIndicatorsCommandTest.class).getBundleContext();
    private WorkspaceService workspaces;
    private Function command;
    private Path workspace;
    private Locale locale;

    @BeforeEach
    void createAWorkspaceForAlta() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
        workspaces = service(WorkspaceService.class, null);
        command = service(Function.class, "(osgi.command.function=import-indicators)");
        CatalogueService catalogue = service(CatalogueService.class, null);
        workspace = folder.resolve("alta");
        workspaces.createFor(workspace, catalogue.municipality("5601").orElseThrow());
        workspaces.close();
    }

    @AfterEach
    void close() {
        workspaces.close();
        Locale.setDefault(locale);
    }

    @Test
    void importsIntoTheNamedIndicatorAndSavesTheWorkspace() throws Exception {
        Path file = csv("andel.csv", "region;år;Andel (%)", "5601 Alta;2022;91,5", "5601 Alta;2023;16",
                "3101 Halden;2023;92,5");
        String out = run(file.toString(), "--workspace", workspace.toString(), "--indicator", KINDERGARTEN);
        assertTrue(out.contains("3 verdier i 2 serier"), out);
        Indicator saved = reopened(KINDERGARTEN);
        Series alta = saved.getSeries().stream().filter(s -> s.getOrganisation().equals("5601")).findFirst()
                .orElseThrow();
        assertEquals(List.of("2022", "2023"), List.of(alta.getPeriods()));
        assertEquals(16, alta.getValues()[1], 1e-9);
    }

    @Test
    void withoutAnIndicatorANewOneIsMadeFromTheContent() throws Exception {
        Path file = csv("egen.csv", "region;år;statistikkvariabel;verdi", "5601;2023;Sykkelveier (km);12");
        run(file.toString(), "--workspace", workspace.toString());
        workspaces.close();
        Workspace reopened = workspaces.open(workspace);
        IndicatorWorkspace root = (IndicatorWorkspace) reopened.moduleRoot("indicators").orElseThrow();
        Indicator made = root.getSets().stream().flatMap(s -> s.getIndicators().stream())
                .filter(i -> "Sykkelveier (km)".equals(i.getNameNb())).findFirst().orElseThrow();
        assertEquals(1, made.getSeries().size());
    }

    @Test
    void nothingImportableFailsWithTheReasonAndLeavesTheFilesAlone() throws Exception {
        Path file = csv("ukjent.csv", "region;år;verdi", "9999 Oppdiktet;2023;5");
        Map<String, String> before = files(workspace);
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> run(file.toString(), "--workspace", workspace.toString(), "--indicator", KINDERGARTEN));
        assertTrue(failure.getMessage().startsWith("ingenting ble importert"), failure.getMessage());
        assertTrue(failure.getMessage().contains("9999") && failure.getMessage().contains("ukjent.csv"),
                failure.getMessage());
        assertEquals(before, files(workspace), "the workspace folder is unchanged");
    }

    @Test
    void aFileWithASyntaxErrorFailsInNorwegianWithFileAndRow() throws Exception {
        Path file = csv("brutt.csv", "region;år;verdi", "5601 Alta;2023;\"16", "5601 Alta;2024;17");
        Map<String, String> before = files(workspace);
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> run(file.toString(), "--workspace", workspace.toString(), "--indicator", KINDERGARTEN));
        assertEquals("ingenting ble importert:\nhar en celle i anførselstegn som ikke er lukket\nbrutt.csv: rad 2",
                failure.getMessage());
        assertEquals(before, files(workspace), "the workspace folder is unchanged");
    }

    @Test
    void skipUnknownImportsTheRest() throws Exception {
        Path file = csv("blandet.csv", "region;år;verdi", "9999 Oppdiktet;2023;5", "5601 Alta;2023;7");
        String out = run(file.toString(), "--workspace", workspace.toString(), "--indicator", KINDERGARTEN,
                "--skip-unknown");
        assertTrue(out.contains("9999") && out.contains("1 hoppet over"), out);
        assertEquals(1, reopened(KINDERGARTEN).getSeries().size());
    }

    @Test
    void nationalFiguresBecomeTheCountrysSeries() throws Exception {
        Path file = csv("landet.csv", "år;verdi", "2022;3,5", "2023;3,7");
        String out = run(file.toString(), "--workspace", workspace.toString(), "--indicator", KINDERGARTEN);
        assertTrue(out.contains("landets tall"), out);
        Series country = reopened(KINDERGARTEN).getSeries().get(0);
        assertEquals(RegionCodes.COUNTRY, country.getOrganisation());
    }

    @Test
    void anUnknownIndicatorCodeOrMissingArgumentsAreRefused() throws Exception {
        Path file = csv("andel.csv", "region;år;verdi", "5601;2023;1");
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> run(file.toString(), "--workspace", workspace.toString(), "--indicator", "NO-SUCH"));
        assertTrue(unknown.getMessage().contains("NO-SUCH"), unknown.getMessage());
        IllegalArgumentException usage = assertThrows(IllegalArgumentException.class, () -> run(file.toString()));
        assertTrue(usage.getMessage().contains("--workspace"), usage.getMessage());
    }

    private String run(String... arguments) throws Exception {
        return String.valueOf(command.execute(null, new ArrayList<>(List.of(arguments))));
    }

    private Indicator reopened(String id) throws Exception {
        workspaces.close();
        Workspace reopened = workspaces.open(workspace);
        IndicatorWorkspace root = (IndicatorWorkspace) reopened.moduleRoot("indicators").orElseThrow();
        return root.getSets().stream().flatMap(s -> s.getIndicators().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private Path csv(String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The workspace's files and their content. */
    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // .redthread/ holds the session's lock and journals, written by opening; the workspace is the rest
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !root.relativize(f).startsWith(".redthread"))
                    .toList()) {
                contents.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }

    private <T> T service(Class<T> type, String filter) throws Exception {
        ServiceTracker<T, T> tracker = filter == null ? new ServiceTracker<>(context, type, null)
                : new ServiceTracker<>(context,
                        context.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        tracker.open();
        T found = tracker.waitForService(10_000);
        assertNotNull(found, type.getName());
        return found;
    }
}
