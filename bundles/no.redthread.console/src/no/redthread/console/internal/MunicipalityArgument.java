package no.redthread.console.internal;

import java.util.List;
import java.util.stream.Collectors;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.MunicipalityChange;
import no.redthread.core.catalogue.MunicipalityChangeKind;
import no.redthread.core.catalogue.MunicipalityLookup;

/**
 * The municipality number a script gives, old or current, as today's municipality. Scripts written before the
 * 2020 and 2024 reforms keep working for renumbered municipalities; merged and split ones are refused with
 * today's numbers to use instead, since no single successor can be assumed for the user.
 */
final class MunicipalityArgument {

    /** Today's municipality and, for an old number, a line saying which number was used. */
    record Resolved(Municipality municipality, String note) {
    }

    private MunicipalityArgument() {
    }

    /** @throws IllegalArgumentException naming today's successors when the number is merged, split or unknown */
    static Resolved resolve(CatalogueService catalogue, String typed) {
        MunicipalityLookup lookup = catalogue.lookupMunicipality(typed);
        String old = lookup.number() + oldName(lookup);
        return switch (lookup.status()) {
            case CURRENT -> new Resolved(lookup.current().orElseThrow(), "");
            case RENUMBERED -> new Resolved(lookup.current().orElseThrow(), old
                    + " is an old municipality number: using today's " + describe(lookup.current().orElseThrow())
                    + " (" + renumberings(lookup) + ")");
            case MERGED -> throw new IllegalArgumentException(old + " is no longer a municipality: merged on "
                    + dateOf(lookup, MunicipalityChangeKind.MERGED) + " into what is today "
                    + describe(lookup.successors().get(0)) + "; use its number: redthread:create "
                    + lookup.successors().get(0).number() + " <folder>");
            case SPLIT -> throw new IllegalArgumentException(old + " is no longer a municipality: split on "
                    + dateOf(lookup, MunicipalityChangeKind.SPLIT) + " into " + list(lookup.successors())
                    + ", with no single successor; give the number of one of them");
            case UNKNOWN -> throw new IllegalArgumentException("no municipality " + lookup.number()
                    + " in the 2024 register or among the number changes since 2017 (four digits, e.g. 5601)");
        };
    }

    private static String oldName(MunicipalityLookup lookup) {
        return lookup.changes().isEmpty() ? "" : " " + lookup.changes().get(0).oldName();
    }

    private static String renumberings(MunicipalityLookup lookup) {
        return "renumbered " + lookup.changes().stream().filter(change -> !change.keepsNumber())
                .map(change -> "to " + change.newNumber() + " on " + change.date()).collect(Collectors.joining(", "));
    }

    private static String dateOf(MunicipalityLookup lookup, MunicipalityChangeKind kind) {
        return lookup.changes().stream().filter(change -> change.kind() == kind && !change.keepsNumber())
                .map(MunicipalityChange::date).map(Object::toString).findFirst().orElse("?");
    }

    private static String list(List<Municipality> municipalities) {
        List<String> names = municipalities.stream().map(MunicipalityArgument::describe).toList();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String describe(Municipality municipality) {
        return municipality.number() + " " + municipality.name();
    }
}
