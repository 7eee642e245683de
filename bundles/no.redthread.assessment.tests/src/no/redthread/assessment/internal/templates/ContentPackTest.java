package no.redthread.assessment.internal.templates;

import static no.redthread.assessment.internal.templates.TestTemplates.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.FormTemplateProvider;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.assessment.template.TemplateProblem;

/** Content packs in the running framework: picked up when their bundle starts, dropped when it stops. */
class ContentPackTest {

    private static final String GOOD = SMALL.replace("\"id\": \"small\"", "\"id\": \"pack-test\"");
    private static final String NO_TEXT = GOOD.replace("\"id\": \"pack-test\"", "\"id\": \"pack-broken\"")
            .replace("{ \"id\": \"q-a1-1\", \"textNb\": \"Spørsmål A1-1?\" }", "{ \"id\": \"q-a1-1\" }");

    private static BundleContext context;
    private static ServiceTracker<FormTemplateCatalog, FormTemplateCatalog> tracker;
    private static FormTemplateCatalog catalog;
    private final List<Bundle> installed = new ArrayList<>();

    @BeforeAll
    static void findCatalog() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(TemplateCatalog.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        context = bundle.getBundleContext();
        tracker = new ServiceTracker<>(context, FormTemplateCatalog.class, null);
        tracker.open();
        catalog = tracker.waitForService(10_000);
        assertNotNull(catalog, "no FormTemplateCatalog within 10 s");
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
    void aPackIsPickedUpWhenItStartsAndDroppedWhenItStops() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        Runnable listener = changes::incrementAndGet;
        catalog.addChangeListener(listener);
        try {
            Bundle pack = install("test.pack.good", "templates/", Map.of("templates/good.json", GOOD));
            assertTrue(catalog.latest("pack-test").isEmpty(), "an installed, not started pack gives nothing");

            pack.start();
            assertTrue(TestPacks.await(() -> catalog.latest("pack-test").isPresent()), "not picked up");
            FormTemplate template = catalog.latest("pack-test").orElseThrow();
            assertEquals("test.pack.good", template.origin().bundle());
            assertEquals("templates/good.json", template.origin().file());
            assertTrue(changes.get() > 0, "listeners hear of it");

            pack.stop();
            assertTrue(TestPacks.await(() -> catalog.latest("pack-test").isEmpty()), "not dropped on stop");

            pack.start();
            assertTrue(TestPacks.await(() -> catalog.latest("pack-test").isPresent()), "not picked up again");
        } finally {
            catalog.removeChangeListener(listener);
        }
    }

    @Test
    void aBrokenFileIsReportedWithBundleFileAndFieldWhileTheOthersLoad() throws Exception {
        Bundle pack = install("test.pack.mixed", "templates/", Map.of("templates/good.json", GOOD,
                "templates/broken.json", NO_TEXT, "templates/notes.txt", "not a template"));
        pack.start();

        assertTrue(TestPacks.await(() -> catalog.latest("pack-test").isPresent()), "the good file did not load");
        TemplateProblem problem = catalog.problems().stream()
                .filter(p -> p.bundle().equals("test.pack.mixed")).findFirst().orElseThrow();
        assertEquals("templates/broken.json", problem.file());
        assertEquals("dimensions[0].themes[0].rules[0].questions[0].textNb", problem.field());
        assertEquals(1, catalog.problems().stream().filter(p -> p.bundle().equals("test.pack.mixed")).count(),
                "only *.json files are read");
        assertTrue(catalog.latest("pack-broken").isEmpty());

        pack.stop();
        assertTrue(TestPacks.await(() -> catalog.problems().stream().noneMatch(p -> p.bundle().equals("test.pack.mixed"))),
                "the problems go with the bundle");
    }

    @Test
    void aHeaderThatNamesNoTemplatesIsReported() throws Exception {
        install("test.pack.empty", "forms/", Map.of("templates/good.json", GOOD)).start();

        assertTrue(TestPacks.await(() -> catalog.problems().stream().anyMatch(p -> p.bundle().equals("test.pack.empty"))));
        TemplateProblem problem = catalog.problems().stream().filter(p -> p.bundle().equals("test.pack.empty"))
                .findFirst().orElseThrow();
        assertEquals("META-INF/MANIFEST.MF", problem.file());
        assertEquals(FormTemplateProvider.MANIFEST_HEADER, problem.field());
    }

    @Test
    void aBundleWithoutTheHeaderIsNoPack() throws Exception {
        int providers = context.getServiceReferences(FormTemplateProvider.class, null).size();
        install("test.not.a.pack", null, Map.of("templates/good.json", GOOD)).start();

        assertEquals(providers, context.getServiceReferences(FormTemplateProvider.class, null).size());
        assertTrue(catalog.latest("pack-test").isEmpty());
    }

    @Test
    void theFirstInstalledOfTwoPacksWithTheSameTemplateWinsAndTheOtherIsReported() throws Exception {
        install("test.pack.first", "templates", Map.of("templates/a.json", GOOD)).start();
        install("test.pack.second", "templates", Map.of("templates/b.json", GOOD)).start();

        assertTrue(TestPacks.await(() -> catalog.problems().stream().anyMatch(p -> p.bundle().equals("test.pack.second"))));
        assertEquals("test.pack.first", catalog.latest("pack-test").orElseThrow().origin().bundle());
        TemplateProblem problem = catalog.problems().stream().filter(p -> p.bundle().equals("test.pack.second"))
                .findFirst().orElseThrow();
        assertEquals("templates/b.json", problem.file());
        assertEquals("id", problem.field());
        assertTrue(problem.message().contains("test.pack.first"), problem.message());
    }

    @Test
    void theNewestVersionIsLatestAndEachVersionStaysAvailable() throws Exception {
        install("test.pack.versions", "templates/", Map.of("templates/v1.json", GOOD, "templates/v10.json",
                GOOD.replace("\"version\": \"1.0.0\"", "\"version\": \"1.10\""), "templates/v2.json",
                GOOD.replace("\"version\": \"1.0.0\"", "\"version\": \"1.2\""))).start();

        assertTrue(TestPacks.await(() -> catalog.template("pack-test", "1.10").isPresent()));
        assertEquals("1.10", catalog.latest("pack-test").orElseThrow().version());
        assertTrue(catalog.template("pack-test", "1").isPresent(), "1 and 1.0.0 are the same version");
        assertEquals(1, catalog.forLevel(PlanLevel.SAMFUNNSDEL).stream()
                .filter(t -> t.id().equals("pack-test")).count(), "forLevel gives the newest version only");
    }
}
