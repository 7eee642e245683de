package no.redthread.funding.search.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.funding.Facet;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.SearchQuery;
import no.redthread.funding.SearchResult;

/** Services of the running framework, and short ways to search and read results. */
final class Fixtures {

    private Fixtures() {
    }

    static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(Fixtures.class).getBundleContext(),
                type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            assertNotNull(service, "no " + type.getName() + " service within 10 s");
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A search over {@link TestSchemes} with the framework's real theme catalogue. */
    static LuceneSchemeSearch search(TestCatalog catalog) {
        return new LuceneSchemeSearch(catalog, service(CatalogueService.class));
    }

    static SearchQuery query(String text, Map<Facet, Set<String>> filters, SearchQuery.Sort sort) {
        return new SearchQuery(text, filters, sort, TestSchemes.TODAY);
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.scheme().id()).toList();
    }

    static List<String> sortedIds(SearchResult result) {
        return ids(result).stream().sorted().toList();
    }

    /** The count of one facet value; 0 when the value is not listed. */
    static int count(SearchResult result, Facet facet, String value) {
        return result.facets().get(facet).stream().filter(count -> count.value().equals(value))
                .mapToInt(SearchResult.FacetCount::count).findFirst().orElse(0);
    }

    static FundingScheme scheme(String id) {
        return TestSchemes.all().stream().filter(scheme -> scheme.id().equals(id)).findFirst().orElseThrow();
    }
}
