package no.redthread.indicators.tests;

import static no.redthread.indicators.tests.IndicatorAnalysisTest.series;
import static no.redthread.indicators.tests.IndicatorAnalysisTest.years;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.analysis.Assessment;
import no.redthread.indicators.analysis.Comparison;
import no.redthread.indicators.analysis.Comparison.Reference;
import no.redthread.indicators.analysis.ComparisonScope;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.analysis.RollUp;
import no.redthread.indicators.analysis.RollUps;
import no.redthread.indicators.analysis.Status;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.RegionGroup;

/** Comparison with county, country and KOSTRA group; roll-ups per theme, dimension and SDG. */
class ComparisonAndRollUpTest {

    @Test
    void comparesTheLatestPeriodWithCountyCountryAndKostraGroup() {
        Indicator kindergarten = Fixtures.indicator("kindergarten", DesiredDirection.HIGHER_IS_BETTER);
        series(kindergarten, "3101", years(2022, 2024), 90, 91, 92.5);
        series(kindergarten, "31", years(2022, 2024), 92, 93, 93.5);
        series(kindergarten, "0", years(2022, 2024), 93, 93.4, 92);
        series(kindergarten, "EKG13", years(2022, 2023), 91, 92);
        Comparison comparison = Comparison.of(kindergarten, new ComparisonScope("3101", "31", "0", "EKG13"));
        assertEquals("2024", comparison.period());
        assertEquals(-1.0, comparison.difference(Reference.COUNTY), 1e-9);
        assertEquals(0.5, comparison.difference(Reference.COUNTRY), 1e-9);
        assertTrue(Double.isNaN(comparison.value(Reference.KOSTRA_GROUP)), "the group has no 2024 value");
        assertEquals(Optional.of(false), comparison.better(Reference.COUNTY));
        assertEquals(Optional.of(true), comparison.better(Reference.COUNTRY));
        assertEquals(Optional.empty(), comparison.better(Reference.KOSTRA_GROUP));
        Indicator waste = Fixtures.indicator("waste", DesiredDirection.LOWER_IS_BETTER);
        series(waste, "3101", years(2024, 2024), 380);
        series(waste, "0", years(2024, 2024), 375);
        assertEquals(Optional.of(false), Comparison.of(waste, new ComparisonScope("3101", "31", "0", null))
                .better(Reference.COUNTRY), "more waste than the country is worse");
        assertNull(Comparison.of(waste, new ComparisonScope("3103", "31", "0", null)).period());
    }

    @Test
    void theScopeOfAMunicipalityComesFromTheCatalogueAndTheWorkspaceGroups() {
        CatalogueService catalogue = Fixtures.service(CatalogueService.class);
        IndicatorWorkspace workspace = IndicatorsFactory.eINSTANCE.createIndicatorWorkspace();
        RegionGroup group = IndicatorsFactory.eINSTANCE.createRegionGroup();
        group.setId("group-ekg13");
        group.setCode("EKG13");
        group.getMembers().addAll(List.of("3101", "3103"));
        workspace.getRegionGroups().add(group);
        assertEquals(new ComparisonScope("3101", "31", "0", "EKG13"),
                ComparisonScope.forMunicipality("3101", catalogue, workspace));
        assertEquals(new ComparisonScope("4601", "46", "0", null),
                ComparisonScope.forMunicipality("4601", catalogue, workspace));
    }

    private static Assessment assessed(String id, Status status, List<String> themes, List<String> targets,
            List<Integer> goals) {
        Indicator indicator = Fixtures.indicator(id, DesiredDirection.HIGHER_IS_BETTER);
        indicator.getThemeIds().addAll(themes);
        indicator.getSdgTargetCodes().addAll(targets);
        indicator.getSdgGoals().addAll(goals);
        return new Assessment(indicator, "3101", null, null, null, status);
    }

    @Test
    void rollsUpStatusesPerThemeDimensionAndSdg() {
        List<Assessment> assessments = List.of(
                assessed("a", Status.GOOD, List.of("theme-housing"), List.of("11.1"), List.of()),
                assessed("b", Status.POOR, List.of("theme-housing", "theme-inclusion"), List.of("1.2", "10.2"),
                        List.of()),
                assessed("c", Status.GOOD, List.of("theme-water"), List.of("6.3"), List.of(11)),
                assessed("d", Status.UNKNOWN, List.of("theme-water"), List.of(), List.of(6)));
        Map<String, RollUp> themes = RollUps.byTheme(assessments);
        assertEquals(new RollUp("theme-housing", 1, 0, 1, 0), themes.get("theme-housing"));
        assertEquals(Status.POOR, themes.get("theme-housing").overall(), "half poor");
        assertEquals(new RollUp("theme-water", 1, 0, 0, 1), themes.get("theme-water"));
        assertEquals(Status.GOOD, themes.get("theme-water").overall());
        Map<String, RollUp> dimensions = RollUps.byDimension(assessments, Fixtures.service(CatalogueService.class));
        assertEquals(new RollUp("dim-social", 1, 0, 1, 0), dimensions.get("dim-social"),
                "b counts once though two of its themes are social");
        assertEquals(new RollUp("dim-climate-environment", 1, 0, 0, 1), dimensions.get("dim-climate-environment"));
        Map<String, RollUp> sdgs = RollUps.bySdg(assessments);
        assertEquals(List.of("sdg-1", "sdg-6", "sdg-10", "sdg-11"), List.copyOf(sdgs.keySet()));
        assertEquals(new RollUp("sdg-11", 2, 0, 0, 0), sdgs.get("sdg-11"), "a by target 11.1, c by goal 11");
        assertEquals(new RollUp("sdg-6", 1, 0, 0, 1), sdgs.get("sdg-6"));
        assertEquals(Status.UNKNOWN, new RollUp("x", 0, 0, 0, 3).overall());
        assertEquals(Status.WATCH, new RollUp("x", 1, 2, 0, 0).overall());
    }

    @Test
    void assessmentsOfAllIndicatorsFeedTheRollUps() {
        Indicator up = Fixtures.indicator("up", DesiredDirection.HIGHER_IS_BETTER);
        up.getThemeIds().add("theme-housing");
        series(up, "3101", years(2020, 2024), 1, 2, 3, 4, 5);
        Map<String, RollUp> themes = RollUps.byTheme(List.of(IndicatorAnalysis.assess(up, "3101")));
        assertEquals(Status.GOOD, themes.get("theme-housing").overall());
    }

    @Test
    void goalsComeFromGoalsAndTargetCodesAndMalformedCodesAreLeftOut() {
        Indicator indicator = Fixtures.indicator("mixed", DesiredDirection.HIGHER_IS_BETTER);
        indicator.getSdgGoals().addAll(List.of(13, 18));
        indicator.getSdgTargetCodes().addAll(List.of("3.4", "13.2", "x.1", "1.a", "", "99.1"));
        assertEquals(java.util.Set.of(1, 3, 13), RollUps.goals(indicator), "18, x.1 and 99.1 name no goal");
        assertEquals(3, RollUps.goalOf("sdg-3.4"));
        assertEquals(0, RollUps.goalOf(null));
    }
}
