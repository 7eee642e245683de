package no.redthread.core.internal.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.MunicipalityChange;
import no.redthread.core.catalogue.MunicipalityChangeKind;
import no.redthread.core.catalogue.MunicipalityLookup;
import no.redthread.core.catalogue.MunicipalityLookup.Status;

/**
 * Follows a municipality number through the official changes to today's register.
 *
 * <p>The changes of one number on one date, after the date the number was reached, form a step. A step whose changes all keep the number (a name change,
 * or the surviving part of a merger, which SSB lists as "merged" to the same number) does not end the number; any
 * other step ends it and the lookup goes on from each new number. A number that reaches several of today's
 * municipalities was split; one that reached one through a merger was merged; otherwise it was renumbered.
 */
final class MunicipalityHistory {

    private final List<MunicipalityChange> changes;
    private final Map<String, List<MunicipalityChange>> byOldNumber = new HashMap<>();
    private final Function<String, Optional<Municipality>> register;

    MunicipalityHistory(List<MunicipalityChange> changes, Function<String, Optional<Municipality>> register) {
        this.changes = changes.stream().sorted(Comparator.comparing(MunicipalityChange::date)).toList();
        this.register = register;
        this.changes.forEach(change -> byOldNumber.computeIfAbsent(change.oldNumber(), n -> new ArrayList<>())
                .add(change));
        this.changes.forEach(this::checkLeadsToday);
    }

    List<MunicipalityChange> changes() {
        return changes;
    }

    MunicipalityLookup lookup(String input) {
        String number = input == null ? "" : input.strip();
        Optional<Municipality> today = number.matches("\\d{4}") ? register.apply(number) : Optional.empty();
        if (!number.matches("\\d{4}") || today.isEmpty() && !byOldNumber.containsKey(number)) {
            return new MunicipalityLookup(number, Status.UNKNOWN, Optional.empty(), List.of(), List.of());
        }
        Trail trail = new Trail();
        follow(number, LocalDate.MIN, trail);
        List<Municipality> successors = trail.ends.stream().sorted().map(n -> register.apply(n).orElseThrow())
                .toList();
        List<MunicipalityChange> followed = trail.changes.stream()
                .sorted(Comparator.comparing(MunicipalityChange::date)).toList();
        Status status = today.isPresent() ? Status.CURRENT
                : successors.size() > 1 ? Status.SPLIT : trail.merged ? Status.MERGED : Status.RENUMBERED;
        Optional<Municipality> current = status == Status.CURRENT || status == Status.RENUMBERED
                ? Optional.of(successors.get(0)) : Optional.empty();
        return new MunicipalityLookup(number, status, current, successors, followed);
    }

    /** The changes followed and today's numbers reached. */
    private static final class Trail {
        final List<MunicipalityChange> changes = new ArrayList<>();
        final Set<String> ends = new LinkedHashSet<>();
        final Set<String> visited = new LinkedHashSet<>();
        boolean merged;
    }

    private void follow(String number, LocalDate since, Trail trail) {
        if (!trail.visited.add(number)) {
            return;
        }
        for (List<MunicipalityChange> step : stepsFrom(number, since).values()) {
            trail.changes.addAll(step);
            if (!step.stream().allMatch(MunicipalityChange::keepsNumber)) {
                for (MunicipalityChange change : step) {
                    trail.merged |= change.kind() == MunicipalityChangeKind.MERGED && !change.keepsNumber();
                    if (!change.keepsNumber()) {
                        follow(change.newNumber(), change.date(), trail);
                    }
                }
                return;
            }
        }
        trail.ends.add(number);
    }

    private TreeMap<LocalDate, List<MunicipalityChange>> stepsFrom(String number, LocalDate since) {
        TreeMap<LocalDate, List<MunicipalityChange>> steps = new TreeMap<>();
        for (MunicipalityChange change : byOldNumber.getOrDefault(number, List.of())) {
            if (change.date().isAfter(since)) {
                steps.computeIfAbsent(change.date(), d -> new ArrayList<>()).add(change);
            }
        }
        return steps;
    }

    /** Every change must lead to today's register, or the lookups built on it would be wrong. */
    private void checkLeadsToday(MunicipalityChange change) {
        Trail trail = new Trail();
        follow(change.newNumber(), change.date(), trail);
        for (String end : trail.ends) {
            if (register.apply(end).isEmpty()) {
                throw new CatalogueException(MunicipalityChangeReader.FILE + ": " + change.oldNumber() + " "
                        + change.oldName() + " (" + change.date() + ") leads to " + end
                        + ", which is neither in today's register nor changed later");
            }
        }
    }
}
