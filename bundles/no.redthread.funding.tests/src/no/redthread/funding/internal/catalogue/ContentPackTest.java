package no.redthread.funding.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.funding.CatalogueProblem;
import no.redthread.funding.Deadline;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackContribution;
import no.redthread.workbench.packs.PackProblem;

/** Content packs as real bundles in the running framework: come and go, correct shipped schemes, or are refused. */
class ContentPackTest {

    private static BundleContext context;
    private static ServiceTracker<FundingCatalog, FundingCatalog> tracker;
    private static FundingCatalog catalog;
    private final List<Bundle> installed = new ArrayList<>();

    @BeforeAll
    static void findCatalog() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(PackCatalog.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        context = bundle.getBundleContext();
        tracker = new ServiceTracker<>(context, FundingCatalog.class, null);
        tracker.open();
        catalog = tracker.waitForService(10_000);
        assertNotNull(catalog, "no FundingCatalog within 10 s");
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @AfterEach
    void uninstall() throws BundleException {
        for (Bundle bundle : installed) {
            bundle.uninstall();
        }
    }

    private Bundle install(String name, String header, Map<String, String> files) throws Exception {
        Bundle bundle = TestPacks.install(context, name, header, files);
        installed.add(bundle);
        return bundle;
    }

    @Test
    void theShippedSchemesLoadThroughTheSameHeader() {
        assertEquals(53, catalog.schemes().stream().filter(s -> s.origin().equals(FundingScheme.SHIPPED)).count());
        assertEquals(List.of(), catalog.problems().stream().filter(p -> p.bundle().equals(FundingScheme.SHIPPED)).toList());
        FundingScheme klimasats = catalog.scheme("klimasats").orElseThrow();
        assertEquals(Deadline.Kind.ANNUAL, klimasats.deadline().kind());
        assertEquals("Miljødirektoratet (KLD)", klimasats.owner());
        assertEquals(LocalDate.of(2022, 1, 1), klimasats.lastChecked());
        java.text.Collator norwegian = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nb"));
        List<String> names = catalog.schemes().stream().map(FundingScheme::nameNb).toList();
        for (int i = 1; i < names.size(); i++) {
            assertTrue(norwegian.compare(names.get(i - 1), names.get(i)) <= 0, names.get(i - 1) + " before " + names.get(i));
        }
    }

    @Test
    void theExampleCountyPackAddsAndCorrectsSchemesWhileStartedAndTheShippedOnesComeBackWhenItStops()
            throws Exception {
        long before = catalog.revision();
        Bundle pack = install("test.countypack", "schemes/", TestPacks.countyPack());
        assertTrue(catalog.scheme("eksempel-fylke-klimatilpasning").isEmpty(), "an installed, not started pack gives nothing");

        pack.start();
        assertTrue(TestPacks.await(() -> catalog.scheme("eksempel-fylke-klimatilpasning").isPresent()), "not picked up");
        assertNotEquals(before, catalog.revision());
        assertEquals("test.countypack", catalog.scheme("eksempel-fylke-klimatilpasning").orElseThrow().origin());
        FundingScheme corrected = catalog.scheme("klimasats").orElseThrow();
        assertEquals("test.countypack", corrected.origin(), "the newer last-checked date wins");
        assertEquals(List.of(LocalDate.of(2027, 2, 10)), corrected.deadline().rounds());
        assertEquals(1, catalog.schemes().stream().filter(s -> s.id().equals("klimasats")).count());

        long started = catalog.revision();
        pack.stop();
        assertTrue(TestPacks.await(() -> catalog.scheme("eksempel-fylke-klimatilpasning").isEmpty()), "not dropped");
        assertEquals(FundingScheme.SHIPPED, catalog.scheme("klimasats").orElseThrow().origin());
        assertNotEquals(started, catalog.revision());
    }

    @Test
    void anOlderCorrectionLosesToTheShippedScheme() throws Exception {
        String older = TestSchemes.scheme("klimasats", "2021-05-01");
        install("test.pack.older", "schemes", Map.of("schemes/klimasats.json", older,
                "schemes/ny.json", TestSchemes.scheme("ny-ordning", "2021-05-01"))).start();

        assertTrue(TestPacks.await(() -> catalog.scheme("ny-ordning").isPresent()));
        assertEquals(FundingScheme.SHIPPED, catalog.scheme("klimasats").orElseThrow().origin());
    }

    @Test
    void aMalformedFileIsRefusedAndLoggedWhileItsOtherFilesAndOtherPacksLoad() throws Exception {
        install("test.pack.good", "schemes/", Map.of("schemes/a.json", TestSchemes.scheme("pakke-god", "2026-01-01")))
                .start();
        String broken = TestSchemes.scheme("pakke-feil", "2026-01-01").replace("\"kind\": \"annual\"", "\"kind\": \"årlig\"");
        install("test.pack.mixed", "schemes/", Map.of("schemes/ok.json", TestSchemes.scheme("pakke-ok", "2026-01-01"),
                "schemes/broken.json", broken, "schemes/notes.txt", "not a scheme file")).start();

        assertTrue(TestPacks.await(() -> catalog.scheme("pakke-ok").isPresent()), "the good file of the pack");
        assertTrue(catalog.scheme("pakke-god").isPresent(), "the other pack");
        assertTrue(catalog.scheme("pakke-feil").isEmpty());
        List<CatalogueProblem> problems = catalog.problems().stream().filter(p -> p.bundle().equals("test.pack.mixed"))
                .toList();
        assertEquals(1, problems.size(), "only *.json files are read: " + problems);
        CatalogueProblem problem = problems.get(0);
        assertEquals("schemes/broken.json", problem.file());
        assertEquals("schemes[0].deadline.kind", problem.field());
        assertEquals(14, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.toString().startsWith("test.pack.mixed/schemes/broken.json:14:"), problem.toString());
    }

    @Test
    void theModulesReportListsSchemesPerBundleAndTheRefusedFiles() throws Exception {
        String broken = TestSchemes.scheme("pakke-feil", "2026-01-01").replace("\"kind\": \"annual\"", "\"kind\": \"årlig\"");
        install("test.pack.reported", "schemes/", Map.of("schemes/ok.json", TestSchemes.scheme("pakke-rapport", "2026-01-01"),
                "schemes/broken.json", broken)).start();
        assertTrue(TestPacks.await(() -> catalog.scheme("pakke-rapport").isPresent()));
        ContentPackReport report = context.getServiceReferences(ContentPackReport.class, null).stream()
                .map(context::getService).filter(r -> r.kind().equals(ContentPackReport.FUNDING_SCHEMES)).findFirst()
                .orElseThrow(() -> new AssertionError("no funding-scheme report"));
        assertEquals(FundingCatalog.MANIFEST_HEADER, report.header());
        PackContribution shipped = report.contributions().stream().filter(c -> c.bundle().equals(FundingScheme.SHIPPED))
                .findFirst().orElseThrow();
        assertEquals(53, shipped.items().size());
        PackContribution pack = report.contributions().stream().filter(c -> c.bundle().equals("test.pack.reported"))
                .findFirst().orElseThrow();
        assertEquals(List.of(catalog.scheme("pakke-rapport").orElseThrow().nameNb()), pack.items());
        PackProblem problem = report.problems().stream().filter(p -> p.bundle().equals("test.pack.reported"))
                .findFirst().orElseThrow();
        assertEquals("schemes/broken.json:14:" + problem.column() + " schemes[0].deadline.kind", problem.place());
    }

    @Test
    void aHeaderThatNamesNoSchemeFilesIsReported() throws Exception {
        install("test.pack.empty", "ordninger/", Map.of("schemes/a.json", TestSchemes.scheme("tom", "2026-01-01"))).start();

        assertTrue(TestPacks.await(() -> catalog.problems().stream().anyMatch(p -> p.bundle().equals("test.pack.empty"))));
        CatalogueProblem problem = catalog.problems().stream().filter(p -> p.bundle().equals("test.pack.empty"))
                .findFirst().orElseThrow();
        assertEquals("META-INF/MANIFEST.MF", problem.file());
        assertEquals(FundingCatalog.MANIFEST_HEADER, problem.field());
    }

    @Test
    void aBundleWithoutTheHeaderIsNoPackAndASingleFileCanBeNamed() throws Exception {
        install("test.not.a.pack", null, Map.of("schemes/a.json", TestSchemes.scheme("ingen", "2026-01-01"))).start();
        install("test.pack.file", "data/one.json", Map.of("data/one.json", TestSchemes.scheme("en-fil", "2026-01-01")))
                .start();

        assertTrue(TestPacks.await(() -> catalog.scheme("en-fil").isPresent()));
        assertTrue(catalog.scheme("ingen").isEmpty());
    }
}
