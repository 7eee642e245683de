package no.redthread.funding.search.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.SchemeSearch;
import no.redthread.funding.SearchQuery;
import no.redthread.funding.SearchResult;

/**
 * The scheme search: an in-memory Lucene index of the catalogue, rebuilt when the catalogue's revision changes
 * (checked on each search, so a content pack that comes or goes is found by the next search). Searches run
 * concurrently on one index; a rebuild happens once, while other searches wait for it.
 */
@Component(service = SchemeSearch.class)
public final class LuceneSchemeSearch implements SchemeSearch {

    private final FundingCatalog catalog;
    private final CatalogueService catalogue;
    private volatile SchemeIndex index;

    /** The highest-ranked catalogue is used (greedy), so a test or a replacement catalogue takes over. */
    @Activate
    public LuceneSchemeSearch(
            @Reference(policyOption = ReferencePolicyOption.GREEDY) FundingCatalog catalog,
            @Reference CatalogueService catalogue) {
        this.catalog = catalog;
        this.catalogue = catalogue;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return current().search(query);
    }

    private SchemeIndex current() {
        SchemeIndex current = index;
        if (current != null && current.revision() == catalog.revision()) {
            return current;
        }
        synchronized (this) {
            // the revision is read before the schemes: if they change in between, the next search rebuilds again
            long revision = catalog.revision();
            if (index == null || index.revision() != revision) {
                index = SchemeIndex.build(revision, catalog.schemes(),
                        id -> catalogue.theme(id).map(ThemeEntry::nameNb).orElse(""));
            }
            return index;
        }
    }
}
