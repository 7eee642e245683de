package no.redthread.funding.search.internal;

import static no.redthread.funding.search.internal.Fixtures.ids;
import static no.redthread.funding.search.internal.Fixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.redthread.funding.NextDeadline;
import no.redthread.funding.SearchQuery.Sort;
import no.redthread.funding.SearchResult;
import no.redthread.funding.SearchResult.Hit;

/** The three orders, each ending in relevance and then Norwegian name order. */
class SortOrderTest {

    private static LuceneSchemeSearch search;

    @BeforeAll
    static void index() {
        search = Fixtures.search(new TestCatalog(TestSchemes.all()));
    }

    @Test
    void relevancePutsTheNameMatchFirstAndScoresNeverRise() {
        SearchResult result = search.search(query("klimatilpasning", Map.of(), Sort.RELEVANCE));
        assertEquals("klimatilpasning", ids(result).get(0));
        List<Hit> hits = search.search(query("tilskudd ", Map.of(), Sort.RELEVANCE)).hits();
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits.toString());
        }
        assertTrue(hits.get(0).score() > 0f);
    }

    @Test
    void nextDeadlineFirstThenContinuousThenUnknown() {
        SearchResult result = search.search(query("", Map.of(), Sort.NEXT_DEADLINE));
        assertEquals(List.of("natursats", "klimasats", "klimatilpasning", "husbanken_utleieboliger",
                "tffk_kommunale_utviklingsprosjekter", "enova_kommune", "husbanken_investeringstilskudd", "merkur",
                "kommunalt_naeringsfond", "nve_kartlegging_flomfare", "prosjektskjonn", "svv_sykkeltilskudd"),
                ids(result));
        assertEquals(new NextDeadline(LocalDate.of(2024, 2, 1), false), result.hits().get(0).nextDeadline().get());
        assertEquals(new NextDeadline(LocalDate.of(2024, 2, 15), true), result.hits().get(1).nextDeadline().get());
        assertFalse(result.hits().get(5).nextDeadline().isPresent(), "continuous has no date");
    }

    @Test
    void amountLargestFirstUnknownLast() {
        List<Hit> hits = search.search(query("", Map.of(), Sort.AMOUNT)).hits();
        assertEquals(List.of("klimasats", "merkur", "tffk_kommunale_utviklingsprosjekter"),
                hits.stream().limit(3).map(hit -> hit.scheme().id()).toList());
        assertTrue(hits.stream().skip(3).allMatch(hit -> hit.scheme().amount().maxPerApplication().isEmpty()));
        assertEquals("enova_kommune", hits.get(3).scheme().id(), "unknown amounts in name order");
    }

    @Test
    void namesSortAsNorwegian() {
        List<String> names = List.of("Åsen", "Zeta", "øya", "Ærlig", "Éva", "eple", "Ørsta", "Evne");
        assertEquals(List.of("eple", "Éva", "Evne", "Zeta", "Ærlig", "Ørsta", "øya", "Åsen"),
                names.stream().sorted(Comparator.comparing(HitOrder::nameKey)).toList());
    }

    @Test
    void equalKeysGoByRelevance() {
        List<String> byDeadline = ids(search.search(query("klimatilpasning ", Map.of(), Sort.NEXT_DEADLINE)));
        assertEquals("klimatilpasning", byDeadline.get(0), "15 February like Klimasats, but the better match");
    }
}
