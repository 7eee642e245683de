package no.redthread.funding.search.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import no.redthread.funding.Deadline;
import no.redthread.funding.DeadlineWindow;
import no.redthread.funding.Deadlines;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.NextDeadline;

/**
 * What depends on the day a search counts from: each scheme's next deadline, its deadline windows and its place in
 * the next-deadline order. Computed once per day and index, not per search.
 *
 * @param day the day
 * @param next per scheme its next deadline, if one is known
 * @param windows the deadline-window facet on that day
 * @param deadlineKey per scheme the days to its next deadline; continuous schemes after every date, then those
 *        without any known deadline
 */
record DayView(LocalDate day, List<Optional<NextDeadline>> next, FacetColumn windows, int[] deadlineKey) {

    static DayView of(List<FundingScheme> schemes, LocalDate day) {
        List<Optional<NextDeadline>> next = schemes.stream().map(scheme -> Deadlines.next(scheme.deadline(), day))
                .toList();
        List<Integer> numbers = IntStream.range(0, schemes.size()).boxed().toList();
        FacetColumn windows = FacetColumn.of(numbers, scheme -> SchemeFacets
                .windows(schemes.get(scheme).deadline(), next.get(scheme), day).stream().map(DeadlineWindow::code)
                .toList());
        int[] deadlineKey = new int[schemes.size()];
        for (int scheme = 0; scheme < deadlineKey.length; scheme++) {
            Optional<NextDeadline> date = next.get(scheme);
            deadlineKey[scheme] = date.isPresent() ? (int) ChronoUnit.DAYS.between(day, date.get().date())
                    : schemes.get(scheme).deadline().kind() == Deadline.Kind.CONTINUOUS ? Integer.MAX_VALUE - 1
                            : Integer.MAX_VALUE;
        }
        return new DayView(day, next, windows, deadlineKey);
    }
}
