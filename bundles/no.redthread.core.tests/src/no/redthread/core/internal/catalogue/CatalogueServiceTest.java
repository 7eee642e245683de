package no.redthread.core.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.County;
import no.redthread.core.catalogue.DimensionEntry;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.RuleEntry;
import no.redthread.core.catalogue.SdgEntry;
import no.redthread.core.catalogue.SdgTargetEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.OrganisationKind;

/** The catalogue as the running framework publishes it (DS component over the shipped JSON files). */
class CatalogueServiceTest {

    private static ServiceTracker<CatalogueService, CatalogueService> tracker;
    private static CatalogueService catalogue;

    @BeforeAll
    static void findService() throws BundleException, InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(JsonCatalogueService.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        tracker = new ServiceTracker<>(bundle.getBundleContext(), CatalogueService.class, null);
        tracker.open();
        catalogue = tracker.waitForService(10_000);
        assertNotNull(catalogue, "no CatalogueService within 10 s");
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @Test
    void thereAre17SdgsWithNamesTitlesAndDistinctUnColours() {
        List<SdgEntry> sdgs = catalogue.sdgs();
        assertEquals(17, sdgs.size());
        for (int i = 0; i < sdgs.size(); i++) {
            SdgEntry sdg = sdgs.get(i);
            assertEquals(i + 1, sdg.number());
            assertTrue(sdg.colour().matches("#[0-9A-F]{6}"), sdg.number() + ": " + sdg.colour());
            assertFalse(sdg.shortNameNb().isBlank() || sdg.titleNb().isBlank(), "nb text of SDG " + sdg.number());
            assertFalse(sdg.shortNameEn().isBlank() || sdg.titleEn().isBlank(), "en text of SDG " + sdg.number());
        }
        assertEquals(17, sdgs.stream().map(SdgEntry::colour).distinct().count(), "every SDG has its own colour");
        assertEquals("Utrydde fattigdom", catalogue.sdg(1).orElseThrow().shortNameNb());
        assertEquals("#E5243B", catalogue.sdg(1).orElseThrow().colour());
        assertEquals("Bærekraftige byer og lokalsamfunn", catalogue.sdg(11).orElseThrow().shortNameNb());
    }

    @Test
    void thereAre169TargetsEachUnderItsGoalWithEnglishText() {
        List<SdgTargetEntry> targets = catalogue.sdgTargets();
        assertEquals(169, targets.size());
        assertEquals(169, targets.stream().map(SdgTargetEntry::code).distinct().count(), "codes are unique");
        for (SdgTargetEntry target : targets) {
            assertEquals(target.goal() + ".", target.code().substring(0, target.code().indexOf('.') + 1));
            assertFalse(target.textEn().isBlank(), target.code());
            assertFalse(target.preferredTextNb().isBlank(), target.code());
        }
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b"),
                catalogue.sdg(1).orElseThrow().targets().stream().map(SdgTargetEntry::code).toList());
    }

    @Test
    void theSourcesRepeatedTextsAreReplacedWithRealBokmalSoNoTargetShowsInEnglish() {
        Set<String> flagged = catalogue.sdgTargets().stream().filter(SdgTargetEntry::nbTextFlagged)
                .map(SdgTargetEntry::code).collect(Collectors.toSet());
        assertEquals(Set.of(), flagged, "targets shown in English in the Norwegian UI");

        SdgTargetEntry oneA = catalogue.sdgTarget("1.a").orElseThrow();
        SdgTargetEntry oneFive = catalogue.sdgTarget("1.5").orElseThrow();
        assertTrue(oneA.preferredTextNb().startsWith("Sørge for betydelig mobilisering av ressurser"), oneA.textNb());
        assertTrue(oneA.preferredTextNb().contains("de minst utviklede landene"), oneA.textNb());
        assertFalse(oneA.preferredTextNb().equals(oneFive.preferredTextNb()), "1.a no longer repeats 1.5");
        assertEquals(oneFive.textNb(), oneFive.preferredTextNb());
        SdgTargetEntry tenThree = catalogue.sdgTarget("10.3").orElseThrow();
        assertTrue(tenThree.preferredTextNb().startsWith("Sikre like muligheter"), tenThree.textNb());
        assertEquals("", tenThree.nbTextNote());
    }

    @Test
    void thereAre357MunicipalitiesIn15Counties() {
        List<Municipality> municipalities = catalogue.municipalities();
        List<County> counties = catalogue.counties();
        assertEquals(357, municipalities.size());
        assertEquals(15, counties.size());
        assertEquals(357, municipalities.stream().map(Municipality::number).distinct().count());
        for (County county : counties) {
            assertEquals(county.municipalityCount(), catalogue.municipalitiesIn(county.number()).size(), county.name());
        }
        for (Municipality municipality : municipalities) {
            assertTrue(municipality.number().matches("\\d{4}"), municipality.number());
            assertTrue(catalogue.county(municipality.countyNumber()).isPresent(), municipality.name());
        }
        assertEquals("Tromsø", catalogue.municipality("5501").orElseThrow().name());
        assertEquals("Guovdageaidnu - Kautokeino", catalogue.municipality("5612").orElseThrow().name());
    }

    @Test
    void theFrameHasThreeDimensionsAndAtLeast15Themes() {
        List<DimensionEntry> dimensions = catalogue.dimensions();
        assertEquals(List.of("Klima og miljø", "Sosial", "Økonomi"),
                dimensions.stream().map(DimensionEntry::nameNb).toList());
        assertTrue(catalogue.themes().size() >= 15, "themes: " + catalogue.themes().size());
        for (DimensionEntry dimension : dimensions) {
            assertFalse(dimension.themes().isEmpty(), dimension.id());
            dimension.themes().forEach(theme -> assertEquals(dimension.id(), theme.dimensionId()));
        }
        assertEquals(catalogue.themes().size(), catalogue.themes().stream().map(ThemeEntry::id).distinct().count());
    }

    @Test
    void theRequiredTopicsAreCovered() {
        Set<String> names = catalogue.themes().stream().map(ThemeEntry::nameEn).collect(Collectors.toSet());
        for (String topic : List.of("Climate and natural hazards", "Nature and land use",
                "Resources and circular economy", "Public health", "Housing", "Childhood and education",
                "Inclusion and exclusion", "Culture and volunteering", "Participation and local democracy",
                "Municipal economy", "Business development", "Competence and recruitment",
                "Infrastructure and mobility", "Innovation and digitalisation", "Emergency preparedness")) {
            assertTrue(names.contains(topic), "no theme " + topic + " in " + names);
        }
    }

    @Test
    void everyThemeHasThreeToSixRulesInBothLanguagesAndKnownSdgTargets() {
        Set<String> ruleIds = new HashSet<>();
        for (ThemeEntry theme : catalogue.themes()) {
            int rules = theme.rules().size();
            assertTrue(rules >= 3 && rules <= 6, theme.id() + " has " + rules + " rules");
            for (RuleEntry rule : theme.rules()) {
                assertTrue(ruleIds.add(rule.id()), "duplicate rule id " + rule.id());
                assertTrue(rule.textNb().endsWith(".") && rule.textEn().endsWith("."), rule.id());
                assertTrue(Character.isUpperCase(rule.textNb().charAt(0)), rule.id());
            }
            assertFalse(theme.sdgTargetCodes().isEmpty(), theme.id() + " maps to no SDG target");
            for (String code : theme.sdgTargetCodes()) {
                assertTrue(catalogue.sdgTarget(code).isPresent(), theme.id() + " maps to unknown target " + code);
            }
            assertFalse(theme.descriptionNb().isBlank() || theme.descriptionEn().isBlank(), theme.id());
        }
    }

    @Test
    void organisationsAreBuiltFromTheRegister() {
        Organisation tromso = catalogue.createOrganisation("5501");
        assertEquals("Tromsø", tromso.getName());
        assertEquals(OrganisationKind.MUNICIPALITY, tromso.getKind());
        assertEquals("55", tromso.getCountyNumber());
        assertEquals("org-5501", tromso.getId());

        Organisation vestland = catalogue.createOrganisation("46");
        assertEquals(OrganisationKind.COUNTY, vestland.getKind());
        assertEquals("Vestland", vestland.getName());

        assertThrows(IllegalArgumentException.class, () -> catalogue.createOrganisation("9999"));
    }

    @Test
    void listsCannotBeChangedByCallers() {
        assertThrows(UnsupportedOperationException.class, () -> catalogue.sdgs().clear());
        assertThrows(UnsupportedOperationException.class, () -> catalogue.themes().get(0).rules().clear());
        Map<String, Long> perDimension = catalogue.themes().stream()
                .collect(Collectors.groupingBy(ThemeEntry::dimensionId, Collectors.counting()));
        assertEquals(3, perDimension.size());
    }
}
