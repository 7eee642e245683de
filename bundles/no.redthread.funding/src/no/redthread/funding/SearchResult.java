package no.redthread.funding;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a search found.
 *
 * @param hits the schemes, in the query's order
 * @param facets per facet the values with the number of hits each would have: counted over the hits of the text and
 *        of the other facets' filters, so a user sees what ticking a value would give
 */
public record SearchResult(List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

    /**
     * One scheme found.
     *
     * @param scheme the scheme
     * @param score the relevance score (0 when the query has no text)
     * @param nextDeadline the next deadline from the query's day, if one is known
     */
    public record Hit(FundingScheme scheme, float score, Optional<NextDeadline> nextDeadline) {
    }

    /** A facet value and how many hits have it. */
    public record FacetCount(String value, int count) {
    }

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
