package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.indicators.IndicatorSetProvider;
import no.redthread.indicators.IndicatorSets;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackContribution;
import no.redthread.workbench.packs.PackProblem;

/**
 * The one content-pack convention for indicator sets: {@code Redthread-IndicatorSets: <folder>}, the older list of
 * files still read, faults against {@code sets/schema.json} named with file, line, column and field, and what each
 * bundle gave in the module's {@link ContentPackReport}.
 */
class SetPackConventionTest {

    private static final String TROMS = """
            {"format":"redthread-indicator-set/1","id":"troms-pack","nameNb":"Troms-indikatorer",
             "indicators":[{"id":"troms-reindeer","nameNb":"Reinbeitedistrikter","direction":"NEUTRAL"}]}""";
    private static final String FINNMARK = """
            {"format":"redthread-indicator-set/1","id":"finnmark-pack","nameNb":"Finnmark-indikatorer",
             "indicators":[{"id":"finnmark-fish","nameEn":"Fish landed","direction":"HIGHER_IS_BETTER"}]}""";
    /** Line 4, column 19: the direction's value. */
    private static final String BAD_DIRECTION = """
            {
              "format": "redthread-indicator-set/1", "id": "bad", "nameNb": "Feil",
              "indicators": [
                { "id": "x", "nameNb": "X", "direction": "UPWARDS" }
              ]
            }""";

    private final BundleContext context = FrameworkUtil.getBundle(SetPackConventionTest.class).getBundleContext();
    private Bundle pack;

    @AfterEach
    void uninstall() throws Exception {
        if (pack != null) {
            pack.uninstall();
        }
    }

    @Test
    void aFolderNamedInTheHeaderGivesEverySetFileInItButTheSchema() throws Exception {
        IndicatorSets sets = Fixtures.service(IndicatorSets.class);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sets/troms.json", TROMS);
        files.put("sets/finnmark.json", FINNMARK);
        files.put("sets/schema.json", "{\"$schema\": \"not a set\"}");
        pack = start("test.nord.pack", "sets/", files);
        waitFor(() -> hasSet(sets, "troms-pack") && hasSet(sets, "finnmark-pack"), "both sets of the folder");

        PackContribution given = report().contributions().stream()
                .filter(c -> c.bundle().equals("test.nord.pack")).findFirst().orElseThrow();
        assertEquals(ContentPackReport.INDICATOR_SETS, given.kind());
        assertEquals(List.of("Finnmark-indikatorer", "Troms-indikatorer"), given.items());
        assertTrue(problemsOf("test.nord.pack").isEmpty(), "schema.json is no set file: " + problemsOf("test.nord.pack"));
    }

    @Test
    void theOlderFormListingFilesIsStillRead() throws Exception {
        IndicatorSets sets = Fixtures.service(IndicatorSets.class);
        pack = start("test.old.pack", "sets/troms.json, sets/missing.json", Map.of("sets/troms.json", TROMS));
        waitFor(() -> hasSet(sets, "troms-pack"), "the listed set");
        PackProblem missing = problemsOf("test.old.pack").get(0);
        assertEquals("sets/missing.json", missing.file());
        assertTrue(missing.message().contains("not in the bundle"), missing.message());
    }

    @Test
    void aSchemaFaultNamesFileLineColumnAndFieldAndTheOtherFilesLoad() throws Exception {
        IndicatorSets sets = Fixtures.service(IndicatorSets.class);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sets/bad.json", BAD_DIRECTION);
        files.put("sets/unknown.json", TROMS.replace("\"nameNb\":\"Troms-indikatorer\"", "\"nmaeNb\":\"Troms\""));
        files.put("sets/syntax.json", "{\"format\": \"redthread-indicator-set/1\",\n  \"id\" \"no colon\"}");
        files.put("sets/finnmark.json", FINNMARK);
        pack = start("test.faulty.pack", "sets", files);
        waitFor(() -> hasSet(sets, "finnmark-pack"), "the good file still loads");
        waitFor(() -> problemsOf("test.faulty.pack").size() == 3, "three refused files");

        PackProblem direction = problem("sets/bad.json");
        assertEquals(4, direction.line());
        assertEquals(46, direction.column());
        assertEquals("indicators[0].direction", direction.field());
        assertTrue(direction.message().contains("UPWARDS"), direction.message());
        assertEquals("sets/bad.json:4:46 indicators[0].direction", direction.place());

        PackProblem unknown = problem("sets/unknown.json");
        assertEquals("nmaeNb", unknown.field());
        assertEquals(1, unknown.line());
        assertTrue(unknown.message().startsWith("unknown field"), unknown.message());

        PackProblem syntax = problem("sets/syntax.json");
        assertEquals(2, syntax.line());
        assertTrue(syntax.message().startsWith("is not valid JSON"), syntax.message());
        assertTrue(!hasSet(sets, "bad") && !hasSet(sets, "troms-pack"), "refused files give no set");
    }

    @Test
    void theBuiltInSetsFollowTheFolderConventionWithoutProblems() throws Exception {
        Bundle indicators = FrameworkUtil.getBundle(IndicatorSets.class);
        assertEquals("sets/", indicators.getHeaders("").get(IndicatorSets.MANIFEST_HEADER));
        waitFor(() -> report().contributions().stream().anyMatch(c -> c.bundle().equals(indicators.getSymbolicName())
                && c.items().size() == 2), "u4ssc and ssb-municipal listed for the indicators bundle");
        assertTrue(problemsOf(indicators.getSymbolicName()).isEmpty(), problemsOf(indicators.getSymbolicName()).toString());
    }

    private PackProblem problem(String file) {
        return problemsOf("test.faulty.pack").stream().filter(p -> p.file().equals(file)).findFirst().orElseThrow();
    }

    private List<PackProblem> problemsOf(String bundle) {
        return report().problems().stream().filter(p -> p.bundle().equals(bundle)).toList();
    }

    private ContentPackReport report() {
        ServiceTracker<ContentPackReport, ContentPackReport> tracker = new ServiceTracker<>(context, ContentPackReport.class, null);
        tracker.open();
        try {
            tracker.waitForService(10_000);
            for (ContentPackReport report : tracker.getServices(new ContentPackReport[0])) {
                if (report.kind().equals(ContentPackReport.INDICATOR_SETS)) {
                    return report;
                }
            }
            throw new AssertionError("no indicator-set report");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    private Bundle start(String name, String header, Map<String, String> files) throws Exception {
        Bundle bundle = context.installBundle("test:" + name, new ByteArrayInputStream(jar(name, header, files)));
        bundle.start();
        return bundle;
    }

    private static byte[] jar(String name, String header, Map<String, String> files) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue(IndicatorSets.MANIFEST_HEADER, header);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                jar.putNextEntry(new JarEntry(file.getKey()));
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static boolean hasSet(IndicatorSets sets, String id) {
        return sets.providers().stream().map(IndicatorSetProvider::id).anyMatch(id::equals);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
