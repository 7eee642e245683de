package no.redthread.funding.export;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import no.redthread.funding.SearchResult.Hit;
import no.redthread.funding.export.internal.Texts;

/**
 * One deadline for a calendar: an all-day event.
 *
 * @param uid a stable id, so a calendar that imports the file again updates the event instead of adding a second
 * @param title what the event is called, e.g. "Søknadsfrist: Klimasats"
 * @param description more text (may be empty)
 * @param date the day of the deadline
 * @param estimated true when the date is carried forward from an earlier year and must be checked
 * @param url the scheme's page, if known
 */
public record CalendarEntry(String uid, String title, String description, LocalDate date, boolean estimated,
        Optional<URI> url) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        description = description == null ? "" : description;
    }

    /** The next deadline of a search hit, or empty when the scheme has no dated deadline. */
    public static Optional<CalendarEntry> of(Hit hit, Locale locale) {
        return hit.nextDeadline().map(next -> new CalendarEntry(
                hit.scheme().id() + "-" + next.date() + "@redthread.no",
                Texts.format(locale, "calendar.title", hit.scheme().nameNb()),
                Texts.description(hit.scheme(), next.estimated(), locale),
                next.date(), next.estimated(), Optional.ofNullable(hit.scheme().url())));
    }
}
