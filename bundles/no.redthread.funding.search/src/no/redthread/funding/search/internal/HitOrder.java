package no.redthread.funding.search.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import no.redthread.funding.FundingScheme;
import no.redthread.funding.SearchQuery;

/**
 * The orders of hits, over scheme positions. Every order ends with relevance and then the Norwegian name order, so
 * equal keys (and a search without text, where every score is 0) come out alphabetically.
 *
 * <ul>
 * <li>next deadline: the earliest date first; then continuous schemes (always open), then schemes without any
 * known deadline;</li>
 * <li>amount: the largest most-per-application first, unknown amounts last.</li>
 * </ul>
 *
 * <p>Keys are packed into longs and sorted as primitives: thousands of hits sort in well under a millisecond.
 */
final class HitOrder {

    private static final char AFTER_Z = 'z' + 1;
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /** Per scheme position its place in name order, and the inverse. */
    private final int[] nameRank;
    private final int[] schemeAtNameRank;
    /** Per scheme position its place among the distinct amounts, largest first, unknown last (equal, equal). */
    private final int[] amountRank;

    HitOrder(List<FundingScheme> schemes) {
        String[] names = schemes.stream().map(scheme -> nameKey(String.valueOf(scheme.nameNb())))
                .toArray(String[]::new);
        schemeAtNameRank = sortedPositions(schemes.size(), Comparator.<Integer, String>comparing(
                scheme -> names[scheme]).thenComparing(scheme -> schemes.get(scheme).id()));
        nameRank = inverse(schemeAtNameRank);
        long[] amounts = schemes.stream().map(scheme -> scheme.amount().maxPerApplication())
                .mapToLong(amount -> amount.isPresent() ? -amount.getAsLong() : Long.MAX_VALUE).toArray();
        amountRank = denseRanks(amounts);
    }

    /** The hits in the query's order. */
    int[] sort(int[] hits, SearchQuery.Sort sort, float[] scores, DayView day) {
        long[] keys = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            // a non-negative float's bits order like the float; the larger score first
            int score = Float.floatToIntBits(Math.max(scores[hits[i]], 0f));
            keys[i] = ((long) (Integer.MAX_VALUE - score) << 32) | nameRank[hits[i]];
        }
        Arrays.sort(keys);
        int[] byRelevance = new int[hits.length];
        for (int i = 0; i < keys.length; i++) {
            byRelevance[i] = schemeAtNameRank[(int) keys[i]];
        }
        int[] primary = switch (sort) {
            case RELEVANCE -> null;
            case NEXT_DEADLINE -> day.deadlineKey();
            case AMOUNT -> amountRank;
        };
        if (primary == null) {
            return byRelevance;
        }
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) primary[byRelevance[i]] << 32) | i;
        }
        Arrays.sort(keys);
        int[] ordered = new int[hits.length];
        for (int i = 0; i < keys.length; i++) {
            ordered[i] = byRelevance[(int) keys[i]];
        }
        return ordered;
    }

    private static int[] sortedPositions(int size, Comparator<Integer> order) {
        return IntStream.range(0, size).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * A key that sorts names as Norwegian does: case ignored, accents dropped (é as e), æ, ø and å after z in that
     * order (ä and ö as æ and ø). A Collator did the same at a seventh of the index build time.
     */
    static String nameKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            key.append(switch (c) {
                case 'æ', 'ä' -> AFTER_Z;
                case 'ø', 'ö' -> (char) (AFTER_Z + 1);
                case 'å' -> (char) (AFTER_Z + 2);
                default -> c;
            });
        }
        return ACCENTS.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
    }

    private static int[] denseRanks(long[] values) {
        int[] byValue = sortedPositions(values.length, Comparator.comparingLong(position -> values[position]));
        int[] ranks = new int[values.length];
        for (int place = 1; place < byValue.length; place++) {
            boolean same = values[byValue[place]] == values[byValue[place - 1]];
            ranks[byValue[place]] = ranks[byValue[place - 1]] + (same ? 0 : 1);
        }
        return ranks;
    }

    private static int[] inverse(int[] positions) {
        int[] inverse = new int[positions.length];
        for (int place = 0; place < positions.length; place++) {
            inverse[positions[place]] = place;
        }
        return inverse;
    }
}
