package no.redthread.funding;

/**
 * Full-text and faceted search over the {@link FundingCatalog}, kept up to date as content packs come and go.
 * Registered as an OSGi service; thread-safe.
 */
public interface SchemeSearch {

    SearchResult search(SearchQuery query);
}
