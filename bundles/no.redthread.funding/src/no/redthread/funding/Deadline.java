package no.redthread.funding;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * A scheme's application deadlines as the source last gave them.
 *
 * @param kind how the scheme takes applications
 * @param annualDates for {@link Kind#ANNUAL}: the day(s) of the year the deadline falls on
 * @param rounds for {@link Kind#ROUNDS}: the dated rounds the source lists
 * @param checkedYear the year the source was checked; a date computed for a later year is an estimate
 * @param note the source's own wording, kept for the reader (may be empty)
 */
public record Deadline(Kind kind, List<MonthDay> annualDates, List<LocalDate> rounds, int checkedYear, String note) {

    /** How a scheme takes applications. */
    public enum Kind {
        /** Fixed date(s) every year. */
        ANNUAL,
        /** Dated rounds announced one by one. */
        ROUNDS,
        /** Applications any time (løpende). */
        CONTINUOUS,
        /** The source gives no deadline. */
        UNKNOWN
    }

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        annualDates = List.copyOf(annualDates);
        rounds = List.copyOf(rounds);
        note = note == null ? "" : note;
    }

    /** A deadline the source does not give. */
    public static Deadline unknown(int checkedYear, String note) {
        return new Deadline(Kind.UNKNOWN, List.of(), List.of(), checkedYear, note);
    }
}
