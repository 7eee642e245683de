package no.redthread.funding.search.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.redthread.funding.Deadline;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.NextDeadline;
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
 */
final class HitOrder {

    private HitOrder() {
    }

    static Comparator<Integer> of(SearchQuery.Sort sort, float[] scores, int[] nameRank, List<FundingScheme> schemes,
            List<Optional<NextDeadline>> next) {
        Comparator<Integer> relevance = Comparator.<Integer>comparingDouble(scheme -> -scores[scheme])
                .thenComparingInt(scheme -> nameRank[scheme]);
        return switch (sort) {
            case RELEVANCE -> relevance;
            case NEXT_DEADLINE -> Comparator.<Integer>comparingLong(
                    scheme -> deadlineKey(schemes.get(scheme).deadline(), next.get(scheme))).thenComparing(relevance);
            case AMOUNT -> Comparator.<Integer>comparingLong(
                    scheme -> -schemes.get(scheme).amount().maxPerApplication().orElse(-1)).thenComparing(relevance);
        };
    }

    private static long deadlineKey(Deadline deadline, Optional<NextDeadline> next) {
        if (next.isPresent()) {
            return next.get().date().toEpochDay();
        }
        return deadline.kind() == Deadline.Kind.CONTINUOUS ? Long.MAX_VALUE - 1 : Long.MAX_VALUE;
    }
}
