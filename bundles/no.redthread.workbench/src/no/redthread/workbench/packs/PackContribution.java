package no.redthread.workbench.packs;

import java.util.List;

/**
 * What one bundle contributed of one kind.
 *
 * @param bundle the bundle's symbolic name
 * @param kind the report's kind, e.g. {@value ContentPackReport#INDICATOR_SETS}
 * @param items the names (or ids) of what it contributed, e.g. the sets' names
 */
public record PackContribution(String bundle, String kind, List<String> items) {

    public PackContribution {
        items = List.copyOf(items);
    }
}
