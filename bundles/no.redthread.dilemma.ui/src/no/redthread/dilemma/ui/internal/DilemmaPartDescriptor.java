package no.redthread.dilemma.ui.internal;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;

/** The dilemma-training views share their category and read their label from the bundle's messages. */
abstract class DilemmaPartDescriptor implements PartDescriptor {

    private final String id;
    private final String labelKey;
    private final Area area;

    DilemmaPartDescriptor(String id, String labelKey, Area area) {
        this.id = id;
        this.labelKey = labelKey;
        this.area = area;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return Messages.get(labelKey);
    }

    @Override
    public final String category() {
        return Messages.get("category.dilemma");
    }

    @Override
    public final Area preferredArea() {
        return area;
    }
}
