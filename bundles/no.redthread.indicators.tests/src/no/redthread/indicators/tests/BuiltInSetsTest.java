package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.SdgTargetEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.indicators.IndicatorSetProvider;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;

/** The built-in sets as the running framework provides them, checked against the catalogue and the source data. */
class BuiltInSetsTest {

    private static IndicatorSets sets;
    private static CatalogueService catalogue;

    @BeforeAll
    static void services() {
        sets = Fixtures.service(IndicatorSets.class);
        catalogue = Fixtures.service(CatalogueService.class);
    }

    private static IndicatorSet set(String id) {
        return sets.createSet(id).orElseThrow(() -> new AssertionError("no set " + id + " among "
                + sets.providers().stream().map(IndicatorSetProvider::id).toList()));
    }

    @Test
    void bothBuiltInSetsAreRegisteredAndEachCallGivesANewCopy() {
        assertTrue(sets.providers().stream().map(IndicatorSetProvider::id).toList()
                .containsAll(List.of(IndicatorSets.SSB_MUNICIPAL, IndicatorSets.U4SSC)));
        IndicatorSet first = set(IndicatorSets.U4SSC);
        IndicatorSet second = set(IndicatorSets.U4SSC);
        assertNotSame(first, second);
        assertNotSame(first.getIndicators().get(0), second.getIndicators().get(0));
        assertTrue(first.isBuiltIn());
    }

    @Test
    void u4sscHasTheSourcesKpisWithNormalisedAndCorrectedCodes() {
        IndicatorSet u4ssc = set(IndicatorSets.U4SSC);
        assertEquals(111, u4ssc.getIndicators().size());
        for (Indicator kpi : u4ssc.getIndicators()) {
            assertTrue(kpi.getCode().matches("(EC|EN|SC):[A-Z]+:[A-Z]+:\\d+[CA]"), kpi.getCode());
            assertFalse(kpi.getSdgGoals().isEmpty(), kpi.getId());
            assertNotNull(kpi.getNameNb(), kpi.getId());
            assertNotNull(kpi.getUnit(), kpi.getId());
        }
        List<Indicator> wastewater = u4ssc.getIndicators().stream()
                .filter(kpi -> kpi.getNameEn().startsWith("Wastewater Treatment")).toList();
        assertEquals(3, wastewater.size());
        wastewater.forEach(kpi -> assertEquals("EN:EN:WS:4C", kpi.getCode(), "the source's WS 3C is wrong"));
        assertEquals(1, u4ssc.getIndicators().stream().filter(kpi -> kpi.getCode().equals("EN:EN:WS:3C")).count(),
                "only freshwater consumption is WS 3C");
        assertEquals("SC:EH:ED:1C", byName(u4ssc, "Student ICT Access").getCode(), "spaces normalised");
        assertEquals(DesiredDirection.LOWER_IS_BETTER, byName(u4ssc, "Unemployment Rate").getDirection());
        assertEquals(111, u4ssc.getIndicators().stream().map(Indicator::getId).distinct().count());
    }

    @Test
    void u4sscNamesAndGoalsMatchTheSourceFile() {
        String csv = new String(Fixtures.bytes("u4ssc_kpis.csv"), StandardCharsets.UTF_8);
        List<String> rows = csv.lines().skip(1).filter(line -> !line.isBlank()).toList();
        Set<String> sourceNames = rows.stream().map(row -> row.split(",")[2].replace("e- Government", "e-Government"))
                .collect(Collectors.toSet());
        IndicatorSet u4ssc = set(IndicatorSets.U4SSC);
        assertEquals(sourceNames, u4ssc.getIndicators().stream().map(Indicator::getNameEn).collect(Collectors.toSet()));
        Indicator ghg = byName(u4ssc, "GHG Emissions");
        assertEquals(List.of(11, 13), ghg.getSdgGoals());
    }

    @Test
    void theMunicipalSetHasAtLeast25SsbIndicatorsWithTablesAndHonestMarks() {
        IndicatorSet municipal = set(IndicatorSets.SSB_MUNICIPAL);
        assertTrue(municipal.getIndicators().size() >= 25, "size " + municipal.getIndicators().size());
        for (Indicator indicator : municipal.getIndicators()) {
            assertEquals("SSB", indicator.getSource().getProvider(), indicator.getId());
            assertTrue(indicator.getSource().getTableId().matches("\\d{5}"), indicator.getId());
            assertFalse(indicator.getSdgTargetCodes().isEmpty(), indicator.getId());
            assertNotNull(indicator.getNameNb(), indicator.getId());
            assertNotNull(indicator.getNameEn(), indicator.getId());
            assertEquals(indicator.getSource().isTableIdUncertain(), indicator.getSource().getNote()
                    .contains("i Statistikkbanken før bruk"),
                    indicator.getId() + ": the note says what the flag says");
        }
        Indicator kindergarten = byId(municipal, "ssb-kindergarten-coverage");
        assertEquals("13502", kindergarten.getSource().getTableId());
        assertEquals("KOKkommuneregion0000", kindergarten.getSource().getRegionVariable());
        assertEquals("06913", byId(municipal, "ssb-population").getSource().getTableId());
    }

    @Test
    void theMunicipalSetKeepsTheCorrectionsFromThePublicSourceCheck() {
        IndicatorSet municipal = set(IndicatorSets.SSB_MUNICIPAL);
        Indicator growth = byId(municipal, "ssb-population-growth");
        assertEquals("Folketilvekst", growth.getSource().getContentCode(), "06913 has no Folketilvekst10");
        assertFalse(growth.getSource().isTableIdUncertain());
        assertEquals("12241", byId(municipal, "ssb-household-waste").getSource().getTableId());
        assertEquals("12241", byId(municipal, "ssb-waste-recycling").getSource().getTableId());
        assertEquals("13143", byId(municipal, "ssb-water-pipe-renewal").getSource().getTableId());
        Indicator wastewater = byId(municipal, "ssb-wastewater-compliance");
        assertTrue(wastewater.getSource().isTableIdUncertain(), "12305 is a child-welfare table");
        assertTrue(wastewater.getSource().getNote().contains("gjelder ikke dette målet"));
        for (String id : List.of("ssb-low-income-children", "ssb-low-income", "ssb-persistent-low-income",
                "ssb-higher-education", "ssb-electric-cars", "ssb-voluntary-associations")) {
            Indicator indicator = byId(municipal, id);
            assertFalse(indicator.getSource().isTableIdUncertain(), id);
        }
    }

    /** Users read the notes: Norwegian usage notes, no internal verification notes (those are in NOTICE). */
    @Test
    void theSourceNotesUsersSeeAreNorwegianWithoutInternalVerificationNotes() {
        for (String id : List.of(IndicatorSets.U4SSC, IndicatorSets.SSB_MUNICIPAL)) {
            for (Indicator indicator : set(id).getIndicators()) {
                String note = indicator.getSource().getNote();
                assertNotNull(note, indicator.getId());
                for (String internal : List.of("github", "not checked", "UNVERIFIED", "Verified", "the city",
                        "Table id")) {
                    assertFalse(note.contains(internal), indicator.getId() + " shows '" + internal + "': " + note);
                }
            }
        }
    }

    @Test
    void everyThemeAndSdgTargetOfTheBuiltInSetsIsInTheCatalogue() {
        Set<String> themes = catalogue.themes().stream().map(ThemeEntry::id).collect(Collectors.toSet());
        Set<String> targets = catalogue.sdgTargets().stream().map(SdgTargetEntry::code).collect(Collectors.toSet());
        Set<String> used = new HashSet<>();
        for (String id : List.of(IndicatorSets.U4SSC, IndicatorSets.SSB_MUNICIPAL)) {
            for (Indicator indicator : set(id).getIndicators()) {
                assertFalse(indicator.getThemeIds().isEmpty(), indicator.getId() + " has no theme");
                indicator.getThemeIds().forEach(theme -> assertTrue(themes.contains(theme), theme));
                indicator.getSdgTargetCodes().forEach(code -> assertTrue(targets.contains(code), code));
                indicator.getSdgGoals().forEach(goal -> assertTrue(goal >= 1 && goal <= 17, "goal " + goal));
                used.addAll(indicator.getThemeIds());
            }
        }
        assertEquals(themes, used, "every theme has indicators");
    }

    private static Indicator byName(IndicatorSet set, String name) {
        return set.getIndicators().stream().filter(i -> name.equals(i.getNameEn())).findFirst().orElseThrow();
    }

    private static Indicator byId(IndicatorSet set, String id) {
        return set.getIndicators().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
