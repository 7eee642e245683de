package no.redthread.planning.ui.internal.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.MunicipalityLookup.Status;

/** The wizard's search over today's register and the numbers and names used since 2017 (headless). */
class MunicipalitySearchTest {

    private static MunicipalitySearch search;

    @BeforeAll
    static void catalogue() throws InterruptedException {
        var context = FrameworkUtil.getBundle(MunicipalitySearch.class).getBundleContext();
        ServiceTracker<CatalogueService, CatalogueService> tracker = new ServiceTracker<>(context, CatalogueService.class, null);
        tracker.open();
        try {
            search = new MunicipalitySearch(tracker.waitForService(10_000));
        } finally {
            tracker.close();
        }
    }

    @Test
    void nothingTypedListsTodays357WithoutHistory() {
        List<MunicipalitySearch.Match> all = search.find(" ");
        assertEquals(357, all.size());
        assertTrue(all.stream().allMatch(match -> match.formerly().isEmpty()));
    }

    @Test
    void todaysNumberOrNameComesFirstAndWithoutANote() {
        assertEquals(List.of("5601"), numbers("alta"));
        assertTrue(search.find("Alta").get(0).formerly().isEmpty());
        assertEquals(List.of("5601"), numbers("5601"));
    }

    @Test
    void anOldNumberFindsTodaysMunicipalityWithThatLookup() {
        List<MunicipalitySearch.Match> alta = search.find("5403");

        assertEquals(List.of("5601"), numbers("5403"));
        assertEquals(Status.RENUMBERED, alta.get(0).formerly().orElseThrow().status());
        assertEquals("5403", alta.get(0).formerly().orElseThrow().number());
        assertEquals(List.of("5501"), numbers("1902"));
        assertTrue(numbers("540").containsAll(List.of("5501", "5601")), numbers("540").toString());
    }

    @Test
    void oldNamesAreSearchedFromThreeLetters() {
        assertEquals(List.of("5530"), numbers("Lenvik"));
        assertEquals(Status.MERGED, search.find("lenvik").get(0).formerly().orElseThrow().status());
        assertTrue(numbers("Tysfjord").containsAll(List.of("1806", "1875")));
        assertTrue(search.find("le").stream().allMatch(match -> match.formerly().isEmpty()), "two letters: today only");
    }

    @Test
    void aSplitNumberListsEveryPartAndUnknownTextListsNothing() {
        assertEquals(List.of("1508", "1580"), numbers("1507"));
        assertEquals(Status.SPLIT, search.find("1507").get(1).formerly().orElseThrow().status());
        assertEquals(List.of(), numbers("9999"));
        assertEquals(List.of(), numbers("xyzzy"));
    }

    private static List<String> numbers(String typed) {
        return search.find(typed).stream().map(match -> match.municipality().number()).toList();
    }
}
