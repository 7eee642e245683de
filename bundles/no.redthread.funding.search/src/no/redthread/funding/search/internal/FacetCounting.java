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

    private final Map<Facet, FacetColumn> columns;
    private final Map<Facet, Set<String>> filters;
    private final Map<Facet, boolean[]> selections = new EnumMap<>(Facet.class);
    private final Map<Facet, int[]> counts = new EnumMap<>(Facet.class);
    private final List<Integer> hits = new ArrayList<>();

    FacetCounting(Map<Facet, FacetColumn> columns, Map<Facet, Set<String>> filters) {
        this.columns = columns;
        this.filters = filters;
        columns.forEach((facet, column) -> counts.put(facet, new int[column.values().size()]));
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                selections.put(facet, columns.get(facet).selection(values));
            }
        });
    }

    /** Takes one match of the text. */
    void add(int scheme) {
        Facet failed = null;
        for (Map.Entry<Facet, boolean[]> selection : selections.entrySet()) {
            if (!columns.get(selection.getKey()).schemeHasAny(scheme, selection.getValue())) {
                if (failed != null) {
                    return;
                }
                failed = selection.getKey();
            }
        }
        if (failed != null) {
            columns.get(failed).count(scheme, counts.get(failed));
            return;
        }
        hits.add(scheme);
        columns.forEach((facet, column) -> column.count(scheme, counts.get(facet)));
    }

    /** The matches that pass every filter, in the order they were added. */
    List<Integer> hits() {
        return hits;
    }

    /**
     * Per facet the values with a count, and the filter's own values even at 0 (so a ticked value stays visible).
     * Deadline windows and amount bands keep their natural order; other facets go by count, then by value (SDG
     * goals by number).
     */
    Map<Facet, List<FacetCount>> counts() {
        Map<Facet, List<FacetCount>> result = new EnumMap<>(Facet.class);
        columns.forEach((facet, column) -> {
            int[] count = counts.get(facet);
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
