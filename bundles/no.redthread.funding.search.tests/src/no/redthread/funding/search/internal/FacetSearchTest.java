package no.redthread.funding.search.internal;

import static no.redthread.funding.search.internal.Fixtures.count;
import static no.redthread.funding.search.internal.Fixtures.query;
import static no.redthread.funding.search.internal.Fixtures.sortedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.redthread.funding.Facet;
import no.redthread.funding.SearchQuery.Sort;
import no.redthread.funding.SearchResult;
import no.redthread.funding.SearchResult.FacetCount;

/** Facet counts (drill-sideways), filters OR-ed within a facet and AND-ed across, on {@link TestSchemes#TODAY}. */
class FacetSearchTest {

    private static final String CLIMATE = "dim-climate-environment";
    private static final String ECONOMY = "dim-economy";
    private static final String SOCIAL = "dim-social";
    private static LuceneSchemeSearch search;

    @BeforeAll
    static void index() {
        search = Fixtures.search(new TestCatalog(TestSchemes.all()));
    }

    private static SearchResult find(String text, Map<Facet, Set<String>> filters) {
        return search.search(query(text, filters, Sort.RELEVANCE));
    }

    @Test
    void everyFacetIsCountedOverAllSchemes() {
        SearchResult all = find("", Map.of());
        assertEquals(Set.of(Facet.values()), all.facets().keySet());
        assertEquals(List.of(new FacetCount(CLIMATE, 6), new FacetCount(SOCIAL, 5), new FacetCount(ECONOMY, 4)),
                all.facets().get(Facet.DIMENSION));
        assertEquals(2, count(all, Facet.APPLICANT, "næringsliv"));
        assertEquals(4, count(all, Facet.APPLICANT, "fylkeskommune"));
        assertEquals(List.of("11", "13"), all.facets().get(Facet.SDG).stream().limit(2).map(FacetCount::value).toList());
        assertEquals(3, count(all, Facet.OWNER, "Miljødirektoratet (KLD)") + count(all, Facet.OWNER, "Miljødirektoratet"));
        assertEquals(5, count(all, Facet.THEME, "theme-business-development") + count(all, Facet.THEME, "theme-housing"));
    }

    @Test
    void aSchemeCountsInEveryDeadlineWindowItFallsIn() {
        SearchResult all = find("", Map.of());
        // natursats (1 February, given for 2024) is open now; the 15 February dates are carried forward estimates
        assertEquals(List.of(new FacetCount("open-now", 4), new FacetCount("30", 4), new FacetCount("90", 4),
                new FacetCount("365", 5), new FacetCount("continuous", 3), new FacetCount("unknown", 4)),
                all.facets().get(Facet.DEADLINE_WINDOW));
        assertEquals(List.of("klimasats", "klimatilpasning", "husbanken_utleieboliger", "natursats").stream().sorted()
                .toList(), sortedIds(find("", Map.of(Facet.DEADLINE_WINDOW, Set.of("30")))));
    }

    @Test
    void amountBandsComeFromTheMostPerApplication() {
        SearchResult all = find("", Map.of());
        assertEquals(List.of(new FacetCount("under-500k", 1), new FacetCount("500k-2m", 1),
                new FacetCount("2m-10m", 1), new FacetCount("unknown", 9)), all.facets().get(Facet.AMOUNT_BAND));
        assertEquals(List.of("merkur"), sortedIds(find("", Map.of(Facet.AMOUNT_BAND, Set.of("500k-2m")))));
    }

    @Test
    void valuesOfOneFacetAreOredAndFacetsAnded() {
        assertEquals(10, find("", Map.of(Facet.DIMENSION, Set.of(CLIMATE, ECONOMY))).hits().size());
        assertEquals(List.of("klimasats"),
                sortedIds(find("", Map.of(Facet.DIMENSION, Set.of(CLIMATE), Facet.AMOUNT_BAND, Set.of("2m-10m")))));
        assertEquals(List.of("kommunalt_naeringsfond", "merkur"), sortedIds(
                find("", Map.of(Facet.DIMENSION, Set.of(ECONOMY, CLIMATE), Facet.APPLICANT, Set.of("næringsliv")))));
    }

    @Test
    void countsOfAFacetIgnoreItsOwnFilterButHonourTheOthers() {
        SearchResult economy = find("", Map.of(Facet.DIMENSION, Set.of(ECONOMY)));
        assertEquals(List.of("kommunalt_naeringsfond", "merkur", "prosjektskjonn",
                "tffk_kommunale_utviklingsprosjekter"), sortedIds(economy));
        assertEquals(6, count(economy, Facet.DIMENSION, CLIMATE), "ticking climate too would add 6");
        assertEquals(3, count(economy, Facet.APPLICANT, "kommune"));
        assertEquals(2, count(economy, Facet.APPLICANT, "næringsliv"));

        SearchResult business = find("", Map.of(Facet.DIMENSION, Set.of(ECONOMY), Facet.APPLICANT, Set.of("næringsliv")));
        assertEquals(List.of("kommunalt_naeringsfond", "merkur"), sortedIds(business));
        assertEquals(List.of(new FacetCount(ECONOMY, 2), new FacetCount(SOCIAL, 1)),
                business.facets().get(Facet.DIMENSION), "dimensions of the business schemes");
        assertEquals(3, count(business, Facet.APPLICANT, "kommune"), "applicants of the economy schemes");
        assertEquals(1, count(business, Facet.AMOUNT_BAND, "500k-2m"), "other facets count the hits");
        assertEquals(0, count(business, Facet.AMOUNT_BAND, "2m-10m"));
    }

    @Test
    void textAndFacetsCombine() {
        SearchResult result = find("tilskudd ", Map.of(Facet.DEADLINE_WINDOW, Set.of("30")));
        assertEquals(List.of("husbanken_utleieboliger", "klimatilpasning", "natursats"), sortedIds(result));
        assertEquals(List.of(new FacetCount("open-now", 2), new FacetCount("30", 3), new FacetCount("90", 3),
                new FacetCount("365", 3), new FacetCount("continuous", 1), new FacetCount("unknown", 2)),
                result.facets().get(Facet.DEADLINE_WINDOW), "windows of every scheme that says tilskudd");
        assertTrue(result.facets().get(Facet.DIMENSION).stream().allMatch(value -> value.count() <= 3));
    }

    @Test
    void aFilterValueNoSchemeHasKeepsNothingAndIsListedAtZero() {
        SearchResult result = find("", Map.of(Facet.THEME, Set.of("theme-no-such-theme")));
        assertEquals(List.of(), result.hits());
        assertEquals(0, count(result, Facet.THEME, "theme-no-such-theme"));
        assertTrue(result.facets().get(Facet.THEME).contains(new FacetCount("theme-no-such-theme", 0)));
        assertEquals(6, count(result, Facet.THEME, "theme-climate-hazards") + count(result, Facet.THEME,
                "theme-housing") + 1, "its own facet still shows what the other values would give");
    }
}
