package no.redthread.assessment.internal.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.assessment.template.TemplateDimension;
import no.redthread.assessment.template.TemplateTheme;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.RuleEntry;
import no.redthread.core.catalogue.ThemeEntry;

/** The six built-in worksheets, as the running extender loads them, against the catalogue's frame. */
class BuiltInTemplatesTest {

    private static final String BUNDLE = "no.redthread.assessment";
    private static final Set<PlanLevel> LEVELS = EnumSet.of(PlanLevel.KUNNSKAPSGRUNNLAG, PlanLevel.PLANSTRATEGI,
            PlanLevel.SAMFUNNSDEL, PlanLevel.AREALPLANLEGGING, PlanLevel.HANDLINGS_OG_OKONOMIPLAN,
            PlanLevel.SAKSBEHANDLING);

    private static ServiceTracker<FormTemplateCatalog, FormTemplateCatalog> templates;
    private static ServiceTracker<CatalogueService, CatalogueService> catalogues;
    private static List<FormTemplate> builtIn;
    private static CatalogueService catalogue;

    @BeforeAll
    static void load() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(TemplateCatalog.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        BundleContext context = bundle.getBundleContext();
        templates = new ServiceTracker<>(context, FormTemplateCatalog.class, null);
        catalogues = new ServiceTracker<>(context, CatalogueService.class, null);
        templates.open();
        catalogues.open();
        FormTemplateCatalog catalog = templates.waitForService(10_000);
        catalogue = catalogues.waitForService(10_000);
        assertNotNull(catalog, "no FormTemplateCatalog");
        assertNotNull(catalogue, "no CatalogueService");
        assertTrue(TestPacks.await(() -> catalog.templates().stream().filter(BuiltInTemplatesTest::isBuiltIn).count() >= 6));
        builtIn = catalog.templates().stream().filter(BuiltInTemplatesTest::isBuiltIn).toList();
        assertTrue(catalog.problems().stream().noneMatch(p -> p.bundle().equals(BUNDLE)), catalog.problems().toString());
    }

    private static boolean isBuiltIn(FormTemplate template) {
        return template.origin().bundle().equals(BUNDLE);
    }

    @AfterAll
    static void close() {
        templates.close();
        catalogues.close();
    }

    @Test
    void thereIsOneWorksheetForEachOfTheSixPlanLevels() {
        assertEquals(6, builtIn.size(), builtIn.toString());
        assertEquals(LEVELS, builtIn.stream().map(FormTemplate::planLevel).collect(Collectors.toSet()));
        for (FormTemplate template : builtIn) {
            assertEquals("redthread-" + template.planLevel().key(), template.id());
            assertEquals("Redthread", template.publisher());
            assertFalse(template.example(), template.id());
            assertFalse(template.descriptionNb().isBlank(), template.id());
        }
    }

    @Test
    void eachWorksheetCoversEveryDimensionAndEveryThemeOfTheCatalogue() {
        List<ThemeEntry> themes = catalogue.themes();
        assertEquals(16, themes.size(), "the frame changed: check the worksheets");
        for (FormTemplate template : builtIn) {
            assertEquals(catalogue.dimensions().stream().map(DimensionEntry::id).toList(),
                    template.dimensions().stream().map(TemplateDimension::id).toList(), template.id());
            for (ThemeEntry theme : themes) {
                TemplateDimension dimension = template.dimensions().stream()
                        .filter(d -> d.id().equals(theme.dimensionId())).findFirst().orElseThrow();
                assertTrue(dimension.themes().stream().anyMatch(t -> t.id().equals(theme.id())),
                        template.id() + " lacks " + theme.id() + " under " + theme.dimensionId());
            }
            assertEquals(themes.size(), template.themes().size(), template.id() + " has a theme the catalogue has not");
        }
    }

    @Test
    void everyQuestionStandsUnderARuleOfItsThemeInTheCatalogue() {
        Map<String, ThemeEntry> themes = catalogue.themes().stream()
                .collect(Collectors.toMap(ThemeEntry::id, Function.identity()));
        List<String> wrong = new ArrayList<>();
        for (FormTemplate template : builtIn) {
            for (TemplateTheme theme : template.themes()) {
                Set<String> rules = themes.get(theme.id()).rules().stream().map(RuleEntry::id).collect(Collectors.toSet());
                theme.rules().stream().filter(rule -> !rules.contains(rule.id()))
                        .forEach(rule -> wrong.add(template.id() + ": " + rule.id()));
                assertTrue(theme.rules().stream().mapToInt(rule -> rule.questions().size()).sum() >= 1,
                        template.id() + ": " + theme.id() + " has no question");
            }
        }
        assertTrue(wrong.isEmpty(), "rules not in the catalogue: " + wrong);
    }

    @Test
    void questionIdsAreUniqueAcrossAllWorksheetsAndEveryQuestionIsAQuestion() {
        Set<String> ids = new HashSet<>();
        for (FormTemplate template : builtIn) {
            for (PlacedQuestion placed : template.questions()) {
                assertTrue(ids.add(placed.question().id()), "question id used twice: " + placed.question().id());
                String text = placed.question().textNb();
                assertTrue(text.endsWith("?") && Character.isUpperCase(text.charAt(0)), placed.question().id() + ": " + text);
            }
        }
        assertTrue(ids.size() >= 6 * 16, "at least one question per theme and worksheet: " + ids.size());
    }

    @Test
    void eachWorksheetAsksInTheWayOfItsLevel() {
        for (FormTemplate template : builtIn) {
            List<String> scaleIds = template.scales().stream().map(s -> s.id()).toList();
            switch (template.planLevel()) {
                case KUNNSKAPSGRUNNLAG -> assertEquals(List.of("kunnskap"), scaleIds);
                case PLANSTRATEGI -> assertEquals(List.of("planbehov"), scaleIds);
                case SAKSBEHANDLING -> {
                    assertEquals(List.of("virkning"), scaleIds);
                    assertTrue(template.questions().stream().allMatch(p -> p.question().textNb().startsWith("Hvilken virkning")));
                }
                default -> assertEquals(List.of("ivaretatt"), scaleIds);
            }
        }
        FormTemplate samfunnsdel = builtIn.stream().filter(t -> t.planLevel() == PlanLevel.SAMFUNNSDEL).findFirst().orElseThrow();
        assertTrue(samfunnsdel.questions().stream().filter(p -> p.question().tags().contains("arealstrategi")).count() >= 5,
                "the samfunnsdel worksheet covers the arealstrategi");
    }
}
