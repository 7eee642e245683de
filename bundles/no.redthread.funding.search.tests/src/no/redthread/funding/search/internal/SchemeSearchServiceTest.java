package no.redthread.funding.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import no.redthread.funding.FundingCatalog;
import no.redthread.funding.SchemeSearch;
import no.redthread.funding.SearchQuery;

/** The DS component in the running framework, on the highest-ranked catalogue, with Lucene's SPI working. */
class SchemeSearchServiceTest {

    private static ServiceRegistration<FundingCatalog> registration;

    @BeforeAll
    static void registerCatalog() {
        BundleContext context = FrameworkUtil.getBundle(SchemeSearchServiceTest.class).getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        registration = context.registerService(FundingCatalog.class, new TestCatalog(TestSchemes.all()), properties);
    }

    @AfterAll
    static void unregister() {
        registration.unregister();
    }

    @Test
    void theServiceSearchesTheRegisteredCatalog() {
        SchemeSearch search = Fixtures.service(SchemeSearch.class);
        assertEquals(List.of("klimatilpasning"),
                Fixtures.ids(search.search(SearchQuery.text("klimatilpasn", TestSchemes.TODAY))));
    }

    @Test
    void luceneFindsItsCodecsInsideItsOwnWrappedBundle() {
        Codec codec = Codec.getDefault();
        assertTrue(codec.getName().startsWith("Lucene"), codec.getName());
        assertEquals(codec.getName(), Codec.forName(codec.getName()).getName());
        assertTrue(PostingsFormat.availablePostingsFormats().stream().anyMatch(name -> name.startsWith("Lucene")));
        assertEquals("wrapped.org.apache.lucene.lucene-core", FrameworkUtil.getBundle(Codec.class).getSymbolicName());
    }
}
