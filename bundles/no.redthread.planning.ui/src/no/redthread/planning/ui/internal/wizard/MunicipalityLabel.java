package no.redthread.planning.ui.internal.wizard;

import no.redthread.core.catalogue.Municipality;
import no.redthread.core.catalogue.MunicipalityLookup;
import no.redthread.planning.ui.internal.Messages;

/** How a search match reads in the list: "5601  Alta", "5601  Alta (tidligere 5403)". */
final class MunicipalityLabel {

    private MunicipalityLabel() {
    }

    static String of(MunicipalitySearch.Match match) {
        Municipality municipality = match.municipality();
        String today = municipality.number() + "  " + municipality.name();
        return match.formerly().map(lookup -> Messages.get(key(lookup), today, former(lookup, municipality)))
                .orElse(today);
    }

    private static String key(MunicipalityLookup lookup) {
        return switch (lookup.status()) {
            case MERGED -> "wizard.municipality.mergedFrom";
            case SPLIT -> "wizard.municipality.splitFrom";
            default -> "wizard.municipality.formerly";
        };
    }

    /** The old number, with its old name when that differs from today's (a renamed or merged municipality). */
    private static String former(MunicipalityLookup lookup, Municipality today) {
        String oldName = lookup.changes().isEmpty() ? "" : lookup.changes().get(0).oldName();
        return oldName.isEmpty() || oldName.equals(today.name()) ? lookup.number() : lookup.number() + " " + oldName;
    }
}
