package no.redthread.core.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One official change of a municipality number or name, as Statistics Norway lists it (KLASS classification 131).
 *
 * @param oldNumber the four-digit number before the change, e.g. "5403"
 * @param oldName the name before the change
 * @param newNumber the number from the change on; the same as {@code oldNumber} for name changes and for the
 *        surviving part of a merger
 * @param newName the name from the change on
 * @param date the day the change took effect (a 1 January)
 * @param kind what happened
 */
public record MunicipalityChange(String oldNumber, String oldName, String newNumber, String newName, LocalDate date,
        MunicipalityChangeKind kind) {

    public MunicipalityChange {
        Objects.requireNonNull(oldNumber, "oldNumber");
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(newNumber, "newNumber");
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when the number stayed the same (a name change, or the part of a merger that kept its number). */
    public boolean keepsNumber() {
        return oldNumber.equals(newNumber);
    }
}
