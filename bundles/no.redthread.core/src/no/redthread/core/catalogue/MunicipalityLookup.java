package no.redthread.core.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a municipality number, old or current, means today (see {@link CatalogueService#lookupMunicipality}).
 *
 * @param number the number looked up, stripped of surrounding blanks
 * @param status what became of the number
 * @param current today's municipality when the number is current or was only renumbered (and maybe renamed);
 *        empty for merged, split and unknown numbers
 * @param successors today's municipalities the number leads to, in number order: the municipality itself when
 *        current or renumbered, the one it was merged into, the several it was split into; empty when unknown
 * @param changes the official changes followed from the number to today, in date order (for a current number, the
 *        name changes and mergers it kept its number through); empty when unknown
 */
public record MunicipalityLookup(String number, Status status, Optional<Municipality> current,
        List<Municipality> successors, List<MunicipalityChange> changes) {

    /** What became of a municipality number. */
    public enum Status {
        /** The number is in today's (2024) register. */
        CURRENT,
        /** A historic number that was only renumbered (and maybe renamed), perhaps several times. */
        RENUMBERED,
        /** The municipality was merged with others; {@code successors} holds the one it is part of today. */
        MERGED,
        /** The municipality was split; {@code successors} holds today's several, none the single successor. */
        SPLIT,
        /** Not a municipality number in the register or in the changes since 2017 (or not a number at all). */
        UNKNOWN
    }

    public MunicipalityLookup {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(current, "current");
        successors = List.copyOf(successors);
        changes = List.copyOf(changes);
    }

    /** True when the number leads to exactly one of today's municipalities (current or renumbered). */
    public boolean isResolved() {
        return current.isPresent();
    }
}
