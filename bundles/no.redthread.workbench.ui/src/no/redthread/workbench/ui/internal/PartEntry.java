package no.redthread.workbench.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.osgi.framework.Bundle;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;

/**
 * A part as the window lists it. A contribution that could not be had (its component failed, or
 * its descriptor throws) is still listed, with the failure, so that opening it shows why.
 */
public record PartEntry(String id, String label, String category, Area area, ImageDescriptor icon,
        PartDescriptor descriptor, Bundle bundle, String failure) {

    /** Service properties a contribution may set so that it is named even when it fails. */
    public static final String ID_PROPERTY = "redthread.part.id";
    public static final String LABEL_PROPERTY = "redthread.part.label";

    public static PartEntry of(Contribution<PartDescriptor> contribution) {
        String fallbackId = contribution.property(ID_PROPERTY, contribution.componentName());
        String fallbackLabel = contribution.property(LABEL_PROPERTY, fallbackId);
        if (contribution.failed()) {
            return failed(contribution, fallbackId, fallbackLabel, contribution.failure());
        }
        PartDescriptor descriptor = contribution.service();
        try {
            return new PartEntry(descriptor.id(), descriptor.label(), descriptor.category(), descriptor.preferredArea(),
                    descriptor.icon(), descriptor, contribution.bundle(), null);
        } catch (RuntimeException | LinkageError e) {
            return failed(contribution, fallbackId, fallbackLabel, e.toString());
        }
    }

    private static PartEntry failed(Contribution<PartDescriptor> contribution, String id, String label, String failure) {
        return new PartEntry(id, label, Messages.get("part.category.failed"), Area.CENTER, null, null,
                contribution.bundle(), failure);
    }

    public boolean failed() {
        return descriptor == null;
    }
}
