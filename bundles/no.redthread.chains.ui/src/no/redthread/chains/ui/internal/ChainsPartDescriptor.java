package no.redthread.chains.ui.internal;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;

/** The chain views share their category and read their label from the bundle's messages. */
abstract class ChainsPartDescriptor implements PartDescriptor {

    private final String id;
    private final String labelKey;
    private final Area area;

    ChainsPartDescriptor(String id, String labelKey, Area area) {
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
        return Messages.get("category");
    }

    @Override
    public final Area preferredArea() {
        return area;
    }
}
