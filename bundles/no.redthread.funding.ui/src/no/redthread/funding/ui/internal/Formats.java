package no.redthread.funding.ui.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import no.redthread.funding.Deadline;
import no.redthread.funding.NextDeadline;

/**
 * Dates, amounts and deadlines as Norwegian readers write them: "15. februar 2027", "450 000 kr". English UI text
 * keeps the Norwegian number format (the amounts are in kroner either way) but English month names.
 */
final class Formats {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

    private Formats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(Messages.get("format.date"), locale()).format(date);
    }

    /** A short date for narrow columns and timeline labels, e.g. "15.02.2027". */
    static String shortDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

    static String month(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMM", locale()).format(date).replace(".", "");
    }

    /** "450 000 kr": a space between thousands (not the locale's no-break space, which some fonts draw wide). */
    static String amount(long kroner) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(BOKMAL);
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", symbols).format(kroner) + " kr";
    }

    static String amount(OptionalLong kroner) {
        return kroner.isPresent() ? amount(kroner.getAsLong()) : Messages.get("amount.unknown");
    }

    /** The next deadline for a table cell: a date (estimated ones marked), "Løpende" or "Ukjent". */
    static String nextDeadline(Deadline deadline, Optional<NextDeadline> next) {
        if (next.isPresent()) {
            return next.get().estimated() ? Messages.get("deadline.estimated", date(next.get().date()))
                    : date(next.get().date());
        }
        return Messages.get(deadline.kind() == Deadline.Kind.CONTINUOUS ? "deadline.continuous" : "deadline.unknown");
    }

    static Locale locale() {
        Locale current = Locale.getDefault();
        return "nn".equals(current.getLanguage()) || "nb".equals(current.getLanguage()) || "no".equals(current.getLanguage())
                ? BOKMAL : current;
    }
}
