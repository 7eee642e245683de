package no.redthread.funding;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search over the catalogue.
 *
 * @param text free text, matched with Norwegian analysis and as a prefix while typing (may be blank: all schemes)
 * @param filters per facet the values to keep; values of one facet are OR-ed, facets AND-ed
 * @param sort the order of the hits
 * @param today the day deadline windows count from
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, Sort sort, LocalDate today) {

    /** The order of the hits. */
    public enum Sort {
        RELEVANCE, NEXT_DEADLINE, AMOUNT
    }

    public SearchQuery {
        text = text == null ? "" : text;
        filters = Map.copyOf(filters);
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(today, "today");
    }

    /** All schemes by relevance, as of {@code today}. */
    public static SearchQuery text(String text, LocalDate today) {
        return new SearchQuery(text, Map.of(), Sort.RELEVANCE, today);
    }
}
