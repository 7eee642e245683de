package no.redthread.funding.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.redthread.funding.AmountBand;
import no.redthread.funding.DeadlineWindow;
import no.redthread.funding.Facet;
import no.redthread.funding.SearchResult.FacetCount;

/**
 * Filters the text's matches by the query's facet values and counts every facet's values drill-sideways: a match
 * that passes all filters is a hit and counts in every facet; a match that fails exactly one facet's filter counts
 * only in that facet, since ticking one of its values would let it in. Values of one facet are OR-ed, facets AND-ed.
 */
final class FacetCounting {

    private static final List<String> WINDOW_ORDER = Arrays.stream(DeadlineWindow.values()).map(DeadlineWindow::code)
            .toList();
    private static final List<String> BAND_ORDER = Arrays.stream(AmountBand.values()).map(AmountBand::code).toList();

    private static final Facet[] FACETS = Facet.values();

    private final Map<Facet, FacetColumn> columns;
    private final Map<Facet, Set<String>> filters;
    /** By facet ordinal: the column, the filter's selected value numbers (null: no filter) and the counts. */
    private final FacetColumn[] columnOf = new FacetColumn[FACETS.length];
    private final boolean[][] selectionOf = new boolean[FACETS.length][];
    private final int[][] countsOf = new int[FACETS.length][];
    private final int[] filtered;
    private final int[] hits;
    private int hitCount;

    FacetCounting(Map<Facet, FacetColumn> columns, Map<Facet, Set<String>> filters, int schemes) {
        this.columns = columns;
        this.filters = filters;
        this.hits = new int[schemes];
        columns.forEach((facet, column) -> {
            columnOf[facet.ordinal()] = column;
            countsOf[facet.ordinal()] = new int[column.values().size()];
        });
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                selectionOf[facet.ordinal()] = columns.get(facet).selection(values);
            }
        });
        filtered = Arrays.stream(FACETS).filter(facet -> selectionOf[facet.ordinal()] != null)
                .mapToInt(Facet::ordinal).toArray();
    }

    /** Takes one match of the text. */
    void add(int scheme) {
        int failed = -1;
        for (int facet : filtered) {
            if (!columnOf[facet].schemeHasAny(scheme, selectionOf[facet])) {
                if (failed >= 0) {
                    return;
                }
                failed = facet;
            }
        }
        if (failed >= 0) {
            columnOf[failed].count(scheme, countsOf[failed]);
            return;
        }
        hits[hitCount++] = scheme;
        for (int facet = 0; facet < FACETS.length; facet++) {
            columnOf[facet].count(scheme, countsOf[facet]);
        }
    }

    /** The matches that pass every filter, in the order they were added. */
    int[] hits() {
        return Arrays.copyOf(hits, hitCount);
    }

    /**
     * Per facet the values with a count, and the filter's own values even at 0 (so a ticked value stays visible).
     * Deadline windows and amount bands keep their natural order; other facets go by count, then by value (SDG
     * goals by number).
     */
    Map<Facet, List<FacetCount>> counts() {
        Map<Facet, List<FacetCount>> result = new EnumMap<>(Facet.class);
        columns.forEach((facet, column) -> {
            int[] count = countsOf[facet.ordinal()];
            List<FacetCount> values = new ArrayList<>();
            for (int value = 0; value < count.length; value++) {
                if (count[value] > 0 || filters.getOrDefault(facet, Set.of()).contains(column.values().get(value))) {
                    values.add(new FacetCount(column.values().get(value), count[value]));
                }
            }
            filters.getOrDefault(facet, Set.of()).stream().filter(value -> !column.valueNumbers().containsKey(value))
                    .forEach(value -> values.add(new FacetCount(value, 0)));
            values.sort(order(facet));
            result.put(facet, List.copyOf(values));
        });
        return result;
    }

    private static Comparator<FacetCount> order(Facet facet) {
        return switch (facet) {
            case DEADLINE_WINDOW -> inOrder(WINDOW_ORDER);
            case AMOUNT_BAND -> inOrder(BAND_ORDER);
            case SDG -> Comparator.comparingInt((FacetCount count) -> -count.count())
                    .thenComparingInt(count -> sdgNumber(count.value()));
            default -> Comparator.comparingInt((FacetCount count) -> -count.count()).thenComparing(FacetCount::value);
        };
    }

    private static Comparator<FacetCount> inOrder(List<String> codes) {
        return Comparator.comparingInt(count -> {
            int position = codes.indexOf(count.value());
            return position < 0 ? codes.size() : position;
        });
    }

    private static int sdgNumber(String value) {
        return value.matches("\\d{1,2}") ? Integer.parseInt(value) : Integer.MAX_VALUE;
    }
}
