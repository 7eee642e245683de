package no.redthread.dilemma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.dilemma.Interaction;
import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.dilemma.ScenarioProblem;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackProblem;

/** The shipped scenarios and content packs as real bundles in the running framework. */
class ContentPackTest {

    private static BundleContext context;
    private static ServiceTracker<ScenarioLibrary, ScenarioLibrary> tracker;
    private static ScenarioLibrary library;
    private final List<Bundle> installed = new ArrayList<>();

    @BeforeAll
    static void findLibrary() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(PackLibrary.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        context = bundle.getBundleContext();
        tracker = new ServiceTracker<>(context, ScenarioLibrary.class, null);
        tracker.open();
        library = tracker.waitForService(10_000);
        assertNotNull(library, "no ScenarioLibrary within 10 s");
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @AfterEach
    void uninstall() throws Exception {
        for (Bundle bundle : installed) {
            bundle.uninstall();
        }
    }

    /** Installs and starts a pack with the given header (null: none) and files (path → content). */
    private Bundle start(String name, String header, Map<String, String> files) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        if (header != null) {
            main.putValue(ScenarioLibrary.MANIFEST_HEADER, header);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                jar.putNextEntry(new JarEntry(file.getKey()));
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        Bundle bundle = context.installBundle("test:" + name, new ByteArrayInputStream(bytes.toByteArray()));
        installed.add(bundle);
        bundle.start();
        return bundle;
    }

    @Test
    void theNineShippedScenariosLoadThroughTheSameHeaderWithTheirSourcesAndSuggestions() {
        List<Scenario> shipped = library.scenarios().stream().filter(s -> s.origin().equals(Scenario.SHIPPED)).toList();
        assertEquals(9, shipped.size());
        assertEquals(List.of(), library.problems().stream().filter(p -> p.bundle().equals(Scenario.SHIPPED)).toList());
        assertEquals(4, shipped.stream().filter(s -> s.kind() == Scenario.Kind.REAL).count());
        Scenario fosen = library.scenario("fosen-vindkraft-reindrift").orElseThrow();
        assertEquals(6, fosen.facts().size());
        assertTrue(fosen.facts().get(0).source().getHost().endsWith("domstol.no"), fosen.facts().get(0).toString());
        assertEquals(List.of("7.2", "13.2", "2.3", "10.2", "15.5", "16.3"), List.copyOf(fosen.sdgTargets()));
        Interaction toReindeer = fosen.interactions().get(2);
        assertEquals("7.2 → 2.3: -2 [forslag]", toReindeer.from() + " → " + toReindeer.to() + ": " + toReindeer.suggested());
        assertTrue(fosen.themeIds().contains("theme-culture-volunteering"), fosen.themeIds().toString());
        assertEquals("reindrift", fosen.stakeholders().get(0).role());
    }

    @Test
    void aPackAddsScenariosAndItsHigherVersionReplacesTheShippedOneUntilItStops() throws Exception {
        long before = library.revision();
        String newer = TestScenarios.scenario("fosen-vindkraft-reindrift", 2);
        Bundle pack = start("test.pack.newer", "scenarios/", Map.of("scenarios/fosen.json", newer,
                "scenarios/eget.json", TestScenarios.scenario("fylkets-eget", 1)));

        assertTrue(TestScenarios.await(() -> library.scenario("fylkets-eget").isPresent()), "not picked up");
        assertNotEquals(before, library.revision());
        Scenario replaced = library.scenario("fosen-vindkraft-reindrift").orElseThrow();
        assertEquals("test.pack.newer", replaced.origin());
        assertEquals(2, replaced.version());
        assertEquals(1, library.scenarios().stream().filter(s -> s.id().equals("fosen-vindkraft-reindrift")).count());

        pack.stop();
        assertTrue(TestScenarios.await(() -> library.scenario("fylkets-eget").isEmpty()), "not dropped");
        assertEquals(Scenario.SHIPPED, library.scenario("fosen-vindkraft-reindrift").orElseThrow().origin());
    }

    @Test
    void aPackWithTheSameVersionDoesNotReplaceTheShippedScenario() throws Exception {
        start("test.pack.same", "scenarios", Map.of("scenarios/cruise.json", TestScenarios.scenario("cruise-verdensarvfjord", 1),
                "scenarios/ny.json", TestScenarios.scenario("ny", 1)));

        assertTrue(TestScenarios.await(() -> library.scenario("ny").isPresent()));
        assertEquals(Scenario.SHIPPED, library.scenario("cruise-verdensarvfjord").orElseThrow().origin());
    }

    @Test
    void aMalformedFileIsRefusedAndLoggedWhileItsOtherFilesAndOtherPacksLoad() throws Exception {
        start("test.pack.good", "scenarios/", Map.of("scenarios/a.json", TestScenarios.scenario("pakke-god", 1)));
        String broken = TestScenarios.scenario("pakke-feil", 1).replace("\"score\": -2", "\"score\": -5");
        start("test.pack.mixed", "scenarios/", Map.of("scenarios/ok.json", TestScenarios.scenario("pakke-ok", 1),
                "scenarios/broken.json", broken, "scenarios/notes.txt", "not a scenario file"));

        assertTrue(TestScenarios.await(() -> library.scenario("pakke-ok").isPresent()), "the good file of the pack");
        assertTrue(library.scenario("pakke-god").isPresent(), "the other pack");
        assertEquals(9, library.scenarios().stream().filter(s -> s.origin().equals(Scenario.SHIPPED)).count());
        assertTrue(library.scenario("pakke-feil").isEmpty());
        List<ScenarioProblem> problems = library.problems().stream().filter(p -> p.bundle().equals("test.pack.mixed")).toList();
        assertEquals(1, problems.size(), "only *.json files are read: " + problems);
        assertEquals("test.pack.mixed/scenarios/broken.json:15:89 scenarios[0].interactions[1].suggested.score: "
                + "must be a whole number from -3 to 3", problems.get(0).toString());
    }

    @Test
    void theModulesReportListsScenariosPerBundleAndTheRefusedFiles() throws Exception {
        String broken = TestScenarios.scenario("rapport-feil", 1).replace("\"score\": -2", "\"score\": -5");
        start("test.pack.reported", "scenarios/", Map.of("scenarios/ok.json", TestScenarios.scenario("rapport-ok", 1),
                "scenarios/broken.json", broken));
        assertTrue(TestScenarios.await(() -> library.scenario("rapport-ok").isPresent()));
        ContentPackReport report = context.getServiceReferences(ContentPackReport.class, null).stream()
                .map(context::getService).filter(r -> r.kind().equals(ContentPackReport.SCENARIOS)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario report"));
        assertEquals(ScenarioLibrary.MANIFEST_HEADER, report.header());
        assertEquals(9, report.contributions().stream().filter(c -> c.bundle().equals(Scenario.SHIPPED)).findFirst()
                .orElseThrow().items().size());
        assertEquals(List.of(library.scenario("rapport-ok").orElseThrow().title()), report.contributions().stream()
                .filter(c -> c.bundle().equals("test.pack.reported")).findFirst().orElseThrow().items());
        PackProblem problem = report.problems().stream().filter(p -> p.bundle().equals("test.pack.reported"))
                .findFirst().orElseThrow();
        assertEquals("scenarios/broken.json:15:89 scenarios[0].interactions[1].suggested.score", problem.place());
    }

    @Test
    void aHeaderThatNamesNoScenarioFilesIsReportedAndABundleWithoutItIsNoPack() throws Exception {
        start("test.pack.empty", "scenarier/", Map.of("scenarios/a.json", TestScenarios.scenario("tom", 1)));
        start("test.not.a.pack", null, Map.of("scenarios/a.json", TestScenarios.scenario("ingen", 1)));

        assertTrue(TestScenarios.await(() -> library.problems().stream().anyMatch(p -> p.bundle().equals("test.pack.empty"))));
        ScenarioProblem problem = library.problems().stream().filter(p -> p.bundle().equals("test.pack.empty"))
                .findFirst().orElseThrow();
        assertEquals("META-INF/MANIFEST.MF", problem.file());
        assertEquals(ScenarioLibrary.MANIFEST_HEADER, problem.field());
        assertTrue(library.scenario("ingen").isEmpty());
        assertTrue(library.scenario("tom").isEmpty());
    }
}
