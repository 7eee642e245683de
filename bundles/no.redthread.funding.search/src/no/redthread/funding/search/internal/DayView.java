package no.redthread.funding.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import no.redthread.funding.DeadlineWindow;
import no.redthread.funding.Deadlines;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.NextDeadline;

/**
 * What depends on the day a search counts from: each scheme's next deadline and its deadline windows. Computed
 * once per day and index, not per search.
 *
 * @param day the day
 * @param next per scheme its next deadline, if one is known
 * @param windows the deadline-window facet on that day
 */
record DayView(LocalDate day, List<Optional<NextDeadline>> next, FacetColumn windows) {

    static DayView of(List<FundingScheme> schemes, LocalDate day) {
        List<Optional<NextDeadline>> next = schemes.stream().map(scheme -> Deadlines.next(scheme.deadline(), day))
                .toList();
        List<Integer> numbers = IntStream.range(0, schemes.size()).boxed().toList();
        FacetColumn windows = FacetColumn.of(numbers, scheme -> SchemeFacets
                .windows(schemes.get(scheme).deadline(), next.get(scheme), day).stream().map(DeadlineWindow::code)
                .toList());
        return new DayView(day, next, windows);
    }
}
