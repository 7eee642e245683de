package no.redthread.assessment.countypack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.assessment.template.TemplateRule;
import no.redthread.assessment.template.TemplateTheme;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.RuleEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackContribution;

/** The example content pack, a bundle with only a manifest and JSON, as the running assessment extender sees it. */
class CountyPackTest {

    private static final String PACK = "no.redthread.assessment.countypack";
    private static final String TEMPLATE = "example-county-regional-plan";

    private static Bundle pack;
    private static ServiceTracker<FormTemplateCatalog, FormTemplateCatalog> templates;
    private static ServiceTracker<CatalogueService, CatalogueService> catalogues;
    private static FormTemplateCatalog catalog;
    private static CatalogueService catalogue;

    @BeforeAll
    static void find() throws Exception {
        pack = FrameworkUtil.getBundle(CountyPackTest.class);
        assertEquals(PACK, pack.getSymbolicName(), "the tests run inside the pack");
        if (pack.getState() != Bundle.ACTIVE) {
            pack.start();
        }
        // the pack's own context goes away when the test stops it: track through the assessment bundle's
        BundleContext context = FrameworkUtil.getBundle(FormTemplateCatalog.class).getBundleContext();
        templates = new ServiceTracker<>(context, FormTemplateCatalog.class, null);
        catalogues = new ServiceTracker<>(context, CatalogueService.class, null);
        templates.open();
        catalogues.open();
        catalog = templates.waitForService(10_000);
        catalogue = catalogues.waitForService(10_000);
        assertNotNull(catalog, "no FormTemplateCatalog");
        assertNotNull(catalogue, "no CatalogueService");
        assertTrue(await(() -> catalog.latest(TEMPLATE).isPresent()), "the pack's template did not load");
    }

    @AfterAll
    static void close() throws Exception {
        if (pack.getState() != Bundle.ACTIVE) {
            pack.start();
        }
        templates.close();
        catalogues.close();
    }

    @Test
    void thePackHoldsNoJavaOnlyItsManifestHeaderAndJson() {
        assertEquals("templates/", pack.getHeaders("").get("Redthread-FormTemplates"));
        assertTrue(pack.findEntries("/", "*.class", true) == null
                || Collections.list(pack.findEntries("/", "*.class", true)).stream()
                        .allMatch(url -> url.getPath().contains("/no/redthread/assessment/countypack/")),
                "only this test fragment's classes");
        assertEquals(List.of("templates/example-regional-plan.json"), Collections
                .list(pack.findEntries("templates", "*.json", false)).stream().map(url -> url.getPath().substring(1)).toList());
    }

    @Test
    void theExampleTemplateLoadsWithoutProblemsAndIsMarkedAsAnExample() {
        FormTemplate template = catalog.latest(TEMPLATE).orElseThrow();

        assertEquals(PACK, template.origin().bundle());
        assertEquals("templates/example-regional-plan.json", template.origin().file());
        assertEquals(PlanLevel.REGIONAL_PLAN, template.planLevel());
        assertTrue(template.example(), "marked as an example in the data");
        assertEquals(titleInTheUiLanguage(), template.titleNb());
        assertTrue(template.descriptionNb().startsWith("EKSEMPEL"), template.descriptionNb());
        assertTrue(catalog.problems().stream().noneMatch(p -> p.bundle().equals(PACK)), catalog.problems().toString());
        assertEquals(List.of(template), catalog.forLevel(PlanLevel.REGIONAL_PLAN));
    }

    @Test
    void itCoversTheThreeDimensionsWithCatalogueThemesAndCatalogueOrOwnRules() {
        FormTemplate template = catalog.latest(TEMPLATE).orElseThrow();
        Map<String, ThemeEntry> themes = catalogue.themes().stream()
                .collect(Collectors.toMap(ThemeEntry::id, Function.identity()));

        assertEquals(catalogue.dimensions().stream().map(d -> d.id()).toList(),
                template.dimensions().stream().map(d -> d.id()).toList());
        int ownRules = 0;
        for (TemplateTheme theme : template.themes()) {
            ThemeEntry entry = themes.get(theme.id());
            assertNotNull(entry, "not a catalogue theme: " + theme.id());
            Set<String> catalogueRules = entry.rules().stream().map(RuleEntry::id).collect(Collectors.toSet());
            for (TemplateRule rule : theme.rules()) {
                if (!catalogueRules.contains(rule.id())) {
                    ownRules++;
                    assertFalse(rule.textNb().isBlank(), "an own rule needs its text: " + rule.id());
                }
            }
        }
        assertEquals(1, ownRules, "the example shows one rule of the county's own");
    }

    @Test
    void theTemplateGoesWhenThePackStopsAndComesBackWhenItStarts() throws Exception {
        pack.stop();
        assertTrue(await(() -> catalog.latest(TEMPLATE).isEmpty()), "still there after the pack stopped");

        pack.start();
        assertTrue(await(() -> catalog.latest(TEMPLATE).isPresent()), "not back after the pack started");
    }

    @Test
    void thePackIsListedWithItsWorksheetByTheAssessmentModulesReport() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(FormTemplateCatalog.class).getBundleContext();
        ContentPackReport worksheets = context.getServiceReferences(ContentPackReport.class, null).stream()
                .map(context::getService).filter(report -> report.kind().equals(ContentPackReport.WORKSHEETS))
                .findFirst().orElseThrow(() -> new AssertionError("the assessment bundle reports no worksheets"));
        PackContribution given = worksheets.contributions().stream().filter(c -> c.bundle().equals(PACK)).findFirst()
                .orElseThrow(() -> new AssertionError("no contribution of " + PACK + ": " + worksheets.contributions()));
        assertEquals(List.of(titleInTheUiLanguage()), given.items());
        assertTrue(worksheets.problems().stream().noneMatch(p -> p.bundle().equals(PACK)), worksheets.problems().toString());
    }

    /** The pack gives its title in nb, nn and en; the one of the UI language (the default locale) is shown. */
    private static String titleInTheUiLanguage() {
        return switch (Locale.getDefault().getLanguage()) {
            case "nn" -> "EKSEMPEL: Berekraftsvurdering av regional plan";
            case "en" -> "EXAMPLE: Sustainability assessment of a regional plan";
            default -> "EKSEMPEL: Bærekraftvurdering av regional plan";
        };
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
