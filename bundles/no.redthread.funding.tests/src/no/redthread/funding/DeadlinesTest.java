package no.redthread.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@link Deadlines#next}: around year ends, on leap days, and what counts as an estimate. */
class DeadlinesTest {

    private static Deadline annual(int checkedYear, String... days) {
        return new Deadline(Deadline.Kind.ANNUAL, List.of(days).stream().map(d -> MonthDay.parse("--" + d)).toList(),
                List.of(), checkedYear, "");
    }

    private static Deadline rounds(int checkedYear, String... dates) {
        return new Deadline(Deadline.Kind.ROUNDS, List.of(), List.of(dates).stream().map(LocalDate::parse).toList(),
                checkedYear, "");
    }

    private static NextDeadline next(Deadline deadline, String today) {
        return Deadlines.next(deadline, LocalDate.parse(today)).orElseThrow();
    }

    @Test
    void anAnnualDateInTheCheckedYearIsNoEstimateAndOneInALaterYearIs() {
        assertEquals(new NextDeadline(LocalDate.of(2026, 2, 15), false), next(annual(2026, "02-15"), "2026-01-10"));
        assertEquals(new NextDeadline(LocalDate.of(2027, 2, 15), true), next(annual(2026, "02-15"), "2026-02-16"));
        assertEquals(new NextDeadline(LocalDate.of(2026, 2, 15), true), next(annual(2022, "02-15"), "2026-01-10"));
    }

    @Test
    void theDeadlineDayItselfIsStillAhead() {
        assertEquals(LocalDate.of(2026, 2, 15), next(annual(2026, "02-15"), "2026-02-15").date());
    }

    @Test
    void aroundTheYearEnd() {
        assertEquals(new NextDeadline(LocalDate.of(2027, 1, 1), true), next(annual(2026, "01-01"), "2026-12-31"));
        assertEquals(new NextDeadline(LocalDate.of(2026, 12, 31), false), next(annual(2026, "12-31"), "2026-12-31"));
        assertEquals(LocalDate.of(2027, 1, 15), next(annual(2026, "12-01", "01-15"), "2026-12-02").date());
        assertEquals(LocalDate.of(2026, 12, 1), next(annual(2026, "12-01", "01-15"), "2026-01-16").date(),
                "the earliest of several days ahead");
    }

    @Test
    void the29thOfFebruaryFallsOnThe28thInOtherYearsAndOnTheLeapDayInLeapYears() {
        Deadline leap = annual(2024, "02-29");
        assertEquals(new NextDeadline(LocalDate.of(2024, 2, 29), false), next(leap, "2024-02-01"));
        assertEquals(LocalDate.of(2025, 2, 28), next(leap, "2024-03-01").date());
        assertEquals(LocalDate.of(2027, 2, 28), next(leap, "2027-02-28").date());
        assertEquals(new NextDeadline(LocalDate.of(2028, 2, 29), true), next(leap, "2027-03-01"));
    }

    @Test
    void listedRoundsAheadAreNoEstimate() {
        Deadline deadline = rounds(2026, "2026-03-01", "2026-09-01");
        assertEquals(new NextDeadline(LocalDate.of(2026, 9, 1), false), next(deadline, "2026-03-02"));
    }

    @Test
    void aYearOldRoundIsCarriedForwardAsAnEstimate() {
        Deadline deadline = rounds(2026, "2019-01-15");
        assertEquals(new NextDeadline(LocalDate.of(2027, 1, 15), true), next(deadline, "2026-12-06"));
        assertEquals(new NextDeadline(LocalDate.of(2026, 1, 15), true), next(deadline, "2026-01-15"));
        assertEquals(LocalDate.of(2027, 2, 28), next(rounds(2024, "2024-02-29"), "2026-03-01").date(),
                "a leap-day round carried into a common year");
    }

    @Test
    void continuousAndUnknownHaveNoDate() {
        assertEquals(Optional.empty(), Deadlines.next(new Deadline(Deadline.Kind.CONTINUOUS, List.of(), List.of(), 2026, ""),
                LocalDate.of(2026, 1, 1)));
        assertTrue(Deadlines.next(Deadline.unknown(2026, "unknown (not found)"), LocalDate.of(2026, 1, 1)).isEmpty());
        assertTrue(Deadlines.next(annual(2026), LocalDate.of(2026, 1, 1)).isEmpty(), "annual without days");
    }
}
