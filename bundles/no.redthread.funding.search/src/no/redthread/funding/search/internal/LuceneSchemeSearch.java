package no.redthread.funding.search.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

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

    /**
     * Lucene warns on stderr once that the JDK's incubating Vector API is not enabled, which only matters for vector
     * search on large indexes. Silenced: under a Gogo script session (redthread -c) that write to stderr recursed
     * until the stack overflowed and the first index could not be built. Held here, as JUL keeps loggers weakly.
     */
    private static final Logger VECTORIZATION_LOG = Logger
            .getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

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
        VECTORIZATION_LOG.setLevel(Level.SEVERE);
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
