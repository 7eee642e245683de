package no.redthread.workbench.ui;

import java.util.function.UnaryOperator;

import no.redthread.workbench.Area;

/**
 * A part descriptor whose label and category are keys of the contributing bundle's messages, read in the UI language
 * each time the workbench shows them. A module extends it once, with its messages and its category, and its views
 * extend that.
 *
 * @since 1.3
 */
public abstract class MessagePartDescriptor implements PartDescriptor {

    private final String id;
    private final String labelKey;
    private final String categoryKey;
    private final Area area;
    private final UnaryOperator<String> messages;

    /**
     * @param messages the bundle's messages, from a key to its text in the UI language
     */
    protected MessagePartDescriptor(String id, String labelKey, String categoryKey, Area area,
            UnaryOperator<String> messages) {
        this.id = id;
        this.labelKey = labelKey;
        this.categoryKey = categoryKey;
        this.area = area;
        this.messages = messages;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return messages.apply(labelKey);
    }

    @Override
    public final String category() {
        return messages.apply(categoryKey);
    }

    @Override
    public final Area preferredArea() {
        return area;
    }
}
