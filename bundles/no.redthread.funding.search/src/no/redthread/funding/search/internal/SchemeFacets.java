package no.redthread.funding.search.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import no.redthread.funding.AmountBand;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.Deadline;
import no.redthread.funding.DeadlineWindow;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.NextDeadline;

/** A scheme's values of the facets that are not plain catalogue codes: amount band and deadline windows. */
final class SchemeFacets {

    private static final long HALF_MILLION = 500_000;
    private static final long TWO_MILLION = 2_000_000;
    private static final long TEN_MILLION = 10_000_000;

    private SchemeFacets() {
    }

    /** Bands of the most one application can get: under 500 000, up to and including 2 and 10 million, more. */
    static AmountBand band(FundingScheme scheme) {
        OptionalLong max = scheme.amount().maxPerApplication();
        if (max.isEmpty()) {
            return AmountBand.UNKNOWN;
        }
        long amount = max.getAsLong();
        if (amount < HALF_MILLION) {
            return AmountBand.UNDER_500K;
        }
        return amount <= TWO_MILLION ? AmountBand.FROM_500K_TO_2M
                : amount <= TEN_MILLION ? AmountBand.FROM_2M_TO_10M : AmountBand.OVER_10M;
    }

    /**
     * The windows a scheme falls in on {@code today}. A dated deadline counts in every window it is within; it is
     * {@link DeadlineWindow#OPEN_NOW} when the source gives that date (it is not carried forward from an earlier
     * year as an estimate). A continuous scheme is open now; a scheme without any date is unknown.
     */
    static List<DeadlineWindow> windows(Deadline deadline, Optional<NextDeadline> next, LocalDate today) {
        List<DeadlineWindow> windows = new ArrayList<>();
        if (deadline.kind() == Deadline.Kind.CONTINUOUS) {
            windows.add(DeadlineWindow.OPEN_NOW);
            windows.add(DeadlineWindow.CONTINUOUS);
        } else if (next.isEmpty()) {
            windows.add(DeadlineWindow.UNKNOWN);
        } else {
            long days = ChronoUnit.DAYS.between(today, next.get().date());
            if (!next.get().estimated()) {
                windows.add(DeadlineWindow.OPEN_NOW);
            }
            if (days <= 30) {
                windows.add(DeadlineWindow.WITHIN_30_DAYS);
            }
            if (days <= 90) {
                windows.add(DeadlineWindow.WITHIN_90_DAYS);
            }
            if (days <= 365) {
                windows.add(DeadlineWindow.WITHIN_365_DAYS);
            }
        }
        return windows;
    }

    static Collection<String> applicantCodes(FundingScheme scheme) {
        return scheme.applicants().stream().map(ApplicantType::code).sorted().toList();
    }

    static Collection<String> sdgCodes(FundingScheme scheme) {
        return scheme.sdgGoals().stream().map(String::valueOf).toList();
    }

    static Collection<String> owner(FundingScheme scheme) {
        return scheme.owner() == null || scheme.owner().isBlank() ? List.of() : List.of(scheme.owner());
    }
}
