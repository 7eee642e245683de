package no.redthread.funding.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One facet's values for every scheme, as small integers: counting and filtering over the hits then touch only
 * arrays. Schemes are numbered by their position in the index's scheme list.
 *
 * @param values the facet's distinct values, indexed by value number
 * @param valueNumbers the number of each value
 * @param ofScheme per scheme the numbers of its values (a scheme can have several, or none)
 */
record FacetColumn(List<String> values, Map<String, Integer> valueNumbers, int[][] ofScheme) {

    static <T> FacetColumn of(List<T> schemes, Function<T, Collection<String>> valuesOf) {
        List<String> values = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        int[][] ofScheme = new int[schemes.size()][];
        for (int scheme = 0; scheme < ofScheme.length; scheme++) {
            ofScheme[scheme] = valuesOf.apply(schemes.get(scheme)).stream().distinct()
                    .mapToInt(value -> numbers.computeIfAbsent(value, v -> {
                        values.add(v);
                        return values.size() - 1;
                    })).toArray();
        }
        return new FacetColumn(List.copyOf(values), Map.copyOf(numbers), ofScheme);
    }

    /** Which value numbers a filter keeps; values no scheme has keep nothing. */
    boolean[] selection(Set<String> filterValues) {
        boolean[] selected = new boolean[values.size()];
        for (String value : filterValues) {
            Integer number = valueNumbers.get(value);
            if (number != null) {
                selected[number] = true;
            }
        }
        return selected;
    }

    boolean schemeHasAny(int scheme, boolean[] selected) {
        for (int value : ofScheme[scheme]) {
            if (selected[value]) {
                return true;
            }
        }
        return false;
    }

    void count(int scheme, int[] counts) {
        for (int value : ofScheme[scheme]) {
            counts[value]++;
        }
    }
}
