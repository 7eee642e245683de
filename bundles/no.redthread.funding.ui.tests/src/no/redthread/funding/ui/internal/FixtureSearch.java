package no.redthread.funding.ui.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import no.redthread.funding.Deadlines;
import no.redthread.funding.Facet;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.SchemeSearch;
import no.redthread.funding.SearchQuery;
import no.redthread.funding.SearchResult;

/**
 * A plain substring search over the real catalogue with the owner, applicant, theme, dimension and SDG facets, until
 * the Lucene search (branch funding-search) is merged.
 */
final class FixtureSearch implements SchemeSearch {

    private static final Map<Facet, Function<FundingScheme, List<String>>> VALUES = Map.of(
            Facet.DIMENSION, FundingScheme::dimensionIds, Facet.THEME, FundingScheme::themeIds,
            Facet.SDG, s -> s.sdgGoals().stream().map(String::valueOf).toList(),
            Facet.APPLICANT, s -> s.applicants().stream().map(a -> a.code()).toList(),
            Facet.OWNER, s -> List.of(s.owner()));

    private final FundingCatalog catalog;

    FixtureSearch(FundingCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        String text = query.text().toLowerCase(Locale.ROOT).trim();
        List<FundingScheme> byText = catalog.schemes().stream()
                .filter(s -> (s.nameNb() + " " + s.purpose() + " " + s.owner()).toLowerCase(Locale.ROOT).contains(text))
                .toList();
        Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        VALUES.forEach((facet, values) -> {
            Map<String, Integer> counts = new TreeMap<>();
            byText.stream().filter(s -> passes(s, query, facet)).forEach(s -> values.apply(s).forEach(v -> counts.merge(v, 1, Integer::sum)));
            facets.put(facet, counts.entrySet().stream().map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue())).toList());
        });
        List<SearchResult.Hit> hits = new ArrayList<>();
        byText.stream().filter(s -> passes(s, query, null))
                .forEach(s -> hits.add(new SearchResult.Hit(s, 0, Deadlines.next(s.deadline(), query.today()))));
        return new SearchResult(hits, facets);
    }

    /** Whether a scheme has one of the ticked values of every facet but {@code except}. */
    private static boolean passes(FundingScheme scheme, SearchQuery query, Facet except) {
        return query.filters().entrySet().stream().filter(e -> e.getKey() != except && VALUES.containsKey(e.getKey()))
                .allMatch(e -> VALUES.get(e.getKey()).apply(scheme).stream().anyMatch(Set.copyOf(e.getValue())::contains));
    }
}
