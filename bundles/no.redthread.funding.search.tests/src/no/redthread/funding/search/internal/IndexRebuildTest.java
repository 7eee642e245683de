package no.redthread.funding.search.internal;

import static no.redthread.funding.search.internal.Fixtures.count;
import static no.redthread.funding.search.internal.Fixtures.sortedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import no.redthread.funding.Amount;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.Facet;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.SearchQuery;
import no.redthread.funding.SearchResult;

/** The index follows the catalogue's revision, also while other threads search. */
class IndexRebuildTest {

    /** A real row (kystverket_fiskerihavn) standing in for a scheme a content pack brings. */
    private static final FundingScheme FISHING_PORTS = TestSchemes.scheme("kystverket_fiskerihavn",
            "Tilskudd til kommunale fiskerihavnetiltak", "Kystverket (Nærings- og fiskeridepartementet)",
            Set.of(ApplicantType.MUNICIPALITY), "Kommuner",
            "Kommunale fiskerihavneanlegg: moloer, kaier og utdyping som gjør havna bedre for fiskeflåten",
            List.of("dim-economy"), List.of("theme-business-development", "theme-infrastructure-mobility"),
            List.of(8, 9, 14), TestSchemes.annual(2024, MonthDay.of(3, 1)), Amount.UNKNOWN);

    private static SearchResult find(LuceneSchemeSearch search, String text) {
        return search.search(SearchQuery.text(text, TestSchemes.TODAY));
    }

    @Test
    void aNewRevisionIsSearchedAtOnce() {
        TestCatalog catalog = new TestCatalog(TestSchemes.all());
        LuceneSchemeSearch search = Fixtures.search(catalog);
        assertEquals(List.of("merkur"), sortedIds(find(search, "merkur")));
        assertEquals(List.of(), sortedIds(find(search, "fiskerihavn")));

        List<FundingScheme> changed = new ArrayList<>(TestSchemes.all());
        changed.removeIf(scheme -> scheme.id().equals("merkur"));
        changed.add(FISHING_PORTS);
        catalog.replace(changed);

        assertEquals(List.of(), sortedIds(find(search, "merkur")));
        assertEquals(List.of("kystverket_fiskerihavn"), sortedIds(find(search, "fiskerihavn")));
        SearchResult all = find(search, "");
        assertEquals(12, all.hits().size());
        assertEquals(4, count(all, Facet.DEADLINE_WINDOW, "open-now"), "Merkur (continuous) out, Kystverket in");
        assertEquals(5, count(all, Facet.DEADLINE_WINDOW, "90"), "Kystverket's 1 March is within 90 days");
        assertEquals(2, count(all, Facet.DEADLINE_WINDOW, "continuous"));
    }

    @Test
    void searchesDuringRebuildsSeeOneWholeRevision() throws Exception {
        TestCatalog catalog = new TestCatalog(TestSchemes.all());
        LuceneSchemeSearch search = Fixtures.search(catalog);
        List<FundingScheme> bigger = new ArrayList<>(TestSchemes.all());
        bigger.add(FISHING_PORTS);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> searches = new ArrayList<>();
            for (int thread = 0; thread < 3; thread++) {
                searches.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        SearchResult result = find(search, "");
                        int size = result.hits().size();
                        assertTrue(size == 12 || size == 13, "hits " + size);
                        int counted = count(result, Facet.DIMENSION, "dim-economy");
                        assertEquals(size == 13 ? 5 : 4, counted, "facets of the same revision as the hits");
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 20; i++) {
                catalog.replace(i % 2 == 0 ? bigger : TestSchemes.all());
                Thread.sleep(2);
            }
            for (Future<?> running : searches) {
                running.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
