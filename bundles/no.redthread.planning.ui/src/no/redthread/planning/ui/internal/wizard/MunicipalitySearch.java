package no.redthread.planning.ui.internal.wizard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.MunicipalityChange;
import no.redthread.core.catalogue.MunicipalityLookup;

/**
 * Finds today's municipalities by number or name, and also by a number or name they had since 2017 (5403 finds
 * 5601 Alta, Lenvik finds Senja), so people can type the number on their old documents. Headless.
 */
final class MunicipalitySearch {

    /** Old names are searched from this many letters on; shorter text would list half the old register. */
    static final int OLD_NAME_MIN_LENGTH = 3;

    /**
     * One row of the list: today's municipality and, when only an old number or name matched, what that old
     * number became (renumbered, merged or split into it).
     */
    record Match(Municipality municipality, Optional<MunicipalityLookup> formerly) {
    }

    private final CatalogueService catalogue;
    private Map<String, Set<String>> oldNamesByNumber;

    MunicipalitySearch(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    List<Match> find(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<Match> matches = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (Municipality municipality : catalogue.municipalities()) {
            if (text.isEmpty() || matchesToday(municipality, text)) {
                matches.add(new Match(municipality, Optional.empty()));
                listed.add(municipality.number());
            }
        }
        if (text.isEmpty()) {
            return matches;
        }
        oldNamesByNumber().forEach((number, names) -> {
            if (matchesOld(number, names, text)) {
                MunicipalityLookup lookup = catalogue.lookupMunicipality(number);
                for (Municipality successor : lookup.successors()) {
                    if (listed.add(successor.number())) {
                        matches.add(new Match(successor, Optional.of(lookup)));
                    }
                }
            }
        });
        return matches;
    }

    private static boolean matchesToday(Municipality municipality, String text) {
        return municipality.number().startsWith(text) || municipality.name().toLowerCase(Locale.ROOT).contains(text)
                || municipality.shortName().toLowerCase(Locale.ROOT).contains(text);
    }

    private static boolean matchesOld(String number, Set<String> names, String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return number.startsWith(text);
        }
        return text.length() >= OLD_NAME_MIN_LENGTH
                && names.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(text));
    }

    /** The numbers no longer in use, in number order, each with the names it had; built on first search. */
    private Map<String, Set<String>> oldNamesByNumber() {
        if (oldNamesByNumber == null) {
            oldNamesByNumber = new TreeMap<>();
            for (MunicipalityChange change : catalogue.municipalityChanges()) {
                if (catalogue.municipality(change.oldNumber()).isEmpty()) {
                    oldNamesByNumber.computeIfAbsent(change.oldNumber(), n -> new LinkedHashSet<>())
                            .add(change.oldName());
                }
            }
        }
        return oldNamesByNumber;
    }
}
