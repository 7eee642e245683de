package no.redthread.indicators.tests;

import static no.redthread.indicators.tests.IndicatorAnalysisTest.series;
import static no.redthread.indicators.tests.IndicatorAnalysisTest.years;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.analysis.PeerGroup;
import no.redthread.indicators.analysis.Peers;
import no.redthread.indicators.analysis.Ranking;
import no.redthread.indicators.analysis.Ranking.Entry;
import no.redthread.indicators.analysis.Status;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.RegionGroup;

/** Ranking municipalities best first, and choosing the peers to rank: all, the county, the KOSTRA group. */
class RankingAndPeersTest {

    @Test
    void ranksBestFirstByTheDesiredDirectionInTheFocusPeriod() {
        Indicator waste = Fixtures.indicator("waste", DesiredDirection.LOWER_IS_BETTER);
        series(waste, "3101", years(2022, 2023), 400, 380);
        series(waste, "3103", years(2022, 2023), 300, 390);
        series(waste, "3201", years(2022, 2024), 350, 380, 100);
        series(waste, "3203", years(2022, 2022), 370);
        series(waste, "0301", years(2024, 2024), 10);
        Ranking ranking = Ranking.of(waste, List.of("3101", "3103", "3201", "3203", "0301"), "3101");
        assertEquals("2023", ranking.period(), "the focus's latest period, though others have 2024");
        assertEquals(List.of("3203", "3101", "3201", "3103"), ranking.entries().stream().map(Entry::organisation).toList(),
                "least waste first");
        assertEquals(List.of(1, 2, 2, 4), ranking.entries().stream().map(Entry::rank).toList(), "a tie shares a rank");
        assertEquals("2022", ranking.entries().get(0).period(), "Asker has no 2023 value: its 2022 value counts");
        assertEquals(380, ranking.entries().get(2).value(), 1e-9, "Bærum's 2023 value, not its 2024 one");
        assertEquals(List.of("0301"), ranking.withoutValue(), "Oslo has nothing up to 2023");
        assertEquals(1, ranking.indexOf("3101"));
        assertEquals(Status.POOR, ranking.entry("3103").orElseThrow().status(), "more waste each year");

        Indicator kindergarten = Fixtures.indicator("kindergarten", DesiredDirection.HIGHER_IS_BETTER);
        series(kindergarten, "3101", years(2023, 2024), 90, 91);
        series(kindergarten, "3103", years(2023, 2024), 95, 96);
        Ranking higher = Ranking.of(kindergarten, List.of("3101", "3103"), null);
        assertEquals("2024", higher.period(), "without focus the latest period of all");
        assertEquals(List.of("3103", "3101"), higher.entries().stream().map(Entry::organisation).toList());
        assertNull(Ranking.of(kindergarten, List.of("5025"), "5025").period());
    }

    @Test
    void peersAreAllTheCountyOrTheKostraGroupOfTheWorkspace() {
        CatalogueService catalogue = Fixtures.service(CatalogueService.class);
        Indicator indicator = Fixtures.indicator("peers", DesiredDirection.HIGHER_IS_BETTER);
        for (String code : List.of("3101", "3103", "3201", "5025", "5026", "31", "0", "EKG01")) {
            series(indicator, code, years(2024, 2024), 1);
        }
        IndicatorWorkspace workspace = (IndicatorWorkspace) indicator.eContainer().eContainer();
        assertEquals(List.of("3101", "3103", "3201", "5025", "5026"),
                Peers.of(indicator, "3101", PeerGroup.ALL, catalogue, workspace), "municipalities only");
        assertEquals(List.of("3101", "3103"), Peers.of(indicator, "3101", PeerGroup.COUNTY, catalogue, workspace));
        assertTrue(Peers.of(indicator, "5025", PeerGroup.KOSTRA_GROUP, catalogue, workspace).isEmpty(),
                "no groups loaded, no KOSTRA peers");
        RegionGroup group = IndicatorsFactory.eINSTANCE.createRegionGroup();
        group.setId("kostra-ekg01");
        group.setCode("EKG01");
        group.getMembers().addAll(List.of("5025", "3201", "5033"));
        workspace.getRegionGroups().add(group);
        assertEquals(List.of("3201", "5025"), Peers.of(indicator, "5025", PeerGroup.KOSTRA_GROUP, catalogue, workspace),
                "members with data");
        assertTrue(Peers.of(indicator, "9999", PeerGroup.COUNTY, catalogue, workspace).isEmpty());
    }
}
