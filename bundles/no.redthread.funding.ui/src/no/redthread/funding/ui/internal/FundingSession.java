package no.redthread.funding.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.funding.Facet;
import no.redthread.funding.SchemeMatch;
import no.redthread.funding.SchemeSearch;
import no.redthread.funding.SearchQuery;
import no.redthread.funding.SearchResult;

/**
 * The search the <i>Virkemidler</i> views share: the text, the ticked facet values, the order and what it is matched
 * to, and the result. The search part edits it, the timeline and the export commands read it, <i>Finn tilskudd</i>
 * sets the match. Listeners are called on the caller's thread (the UI thread). No SWT here.
 */
@Component(service = FundingSession.class)
public final class FundingSession {

    private final SchemeSearch search;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String text = "";
    private final Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    private SearchQuery.Sort sort = SearchQuery.Sort.RELEVANCE;
    private MatchSubject match;
    private SearchResult result;

    @Activate
    public FundingSession(@Reference SchemeSearch search) {
        this(search, Clock.systemDefaultZone());
    }

    FundingSession(SchemeSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String text() {
        return text;
    }

    void setText(String newText) {
        text = newText == null ? "" : newText;
        run();
    }

    boolean isTicked(Facet facet, String value) {
        return filters.getOrDefault(facet, Set.of()).contains(value);
    }

    void setTicked(Facet facet, String value, boolean ticked) {
        Set<String> values = filters.computeIfAbsent(facet, f -> new HashSet<>());
        if (ticked) {
            values.add(value);
        } else {
            values.remove(value);
        }
        run();
    }

    SearchQuery.Sort sort() {
        return sort;
    }

    void setSort(SearchQuery.Sort newSort) {
        sort = newSort;
        run();
    }

    Optional<MatchSubject> match() {
        return Optional.ofNullable(match);
    }

    /** Matches the search to a plan object: text and ticks are cleared, the hits are the matcher's, best first. */
    void matchTo(MatchSubject subject) {
        match = subject;
        text = "";
        filters.clear();
        run();
    }

    void clearMatch() {
        match = null;
        run();
    }

    /** The hits now shown: the search's, or in a match those among the matcher's schemes in its order. */
    List<SearchResult.Hit> hits() {
        SearchResult current = result();
        if (match == null) {
            return current.hits();
        }
        Map<String, SearchResult.Hit> found = new java.util.HashMap<>();
        current.hits().forEach(hit -> found.put(hit.scheme().id(), hit));
        return match.matches().stream().map(SchemeMatch::scheme).map(scheme -> found.get(scheme.id()))
                .filter(hit -> hit != null).toList();
    }

    SearchResult result() {
        if (result == null) {
            run();
        }
        return result;
    }

    /** Calls the listener after every change; returns how to stop. */
    Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void run() {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        result = search.search(new SearchQuery(text, copy, sort, today()));
        listeners.forEach(Runnable::run);
    }
}
