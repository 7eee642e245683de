package no.redthread.funding;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The next deadline of a scheme, carrying year-old patterns forward as estimates. */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * The first deadline on or after {@code today}. Annual dates after the year the source was checked, and rounds
     * carried forward once all listed rounds are past, are marked estimated. 29 February falls on 28 February in
     * other years. Continuous and unknown deadlines have no date.
     */
    public static Optional<NextDeadline> next(Deadline deadline, LocalDate today) {
        return switch (deadline.kind()) {
            case ANNUAL -> nextAnnual(deadline.annualDates().stream(), deadline.checkedYear(), today);
            case ROUNDS -> deadline.rounds().stream().filter(round -> !round.isBefore(today)).min(Comparator.naturalOrder())
                    .map(round -> new NextDeadline(round, false))
                    .or(() -> nextAnnual(deadline.rounds().stream().map(MonthDay::from), Integer.MIN_VALUE, today));
            case CONTINUOUS, UNKNOWN -> Optional.empty();
        };
    }

    private static Optional<NextDeadline> nextAnnual(Stream<MonthDay> days, int checkedYear, LocalDate today) {
        return days.map(day -> occurrenceOnOrAfter(day, today)).min(Comparator.naturalOrder())
                .map(date -> new NextDeadline(date, date.getYear() > checkedYear));
    }

    private static LocalDate occurrenceOnOrAfter(MonthDay day, LocalDate today) {
        LocalDate thisYear = day.atYear(today.getYear());
        return thisYear.isBefore(today) ? day.atYear(today.getYear() + 1) : thisYear;
    }
}
