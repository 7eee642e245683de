package no.redthread.funding;

import java.time.LocalDate;

/**
 * The next deadline on or after a given day.
 *
 * @param date the day
 * @param estimated true when the date was carried forward from an earlier year's pattern rather than given by the
 *        source for that year
 */
public record NextDeadline(LocalDate date, boolean estimated) {
}
