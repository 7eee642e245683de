package no.redthread.chains;

import java.util.List;

/**
 * What a step receives: the previous step's output ({@link Kind#WORKSPACE} with no items for the first step).
 *
 * @param kind the kind of the items
 * @param items the items, of the type the kind names
 */
public record StepInput(Kind kind, List<?> items) {

    public StepInput {
        items = List.copyOf(items);
    }

    /** The items as strings (the kinds of ids). */
    public List<String> ids() {
        return items.stream().map(String::valueOf).toList();
    }
}
