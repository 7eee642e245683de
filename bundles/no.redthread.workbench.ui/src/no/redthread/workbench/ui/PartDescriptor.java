package no.redthread.workbench.ui;

import org.eclipse.jface.resource.ImageDescriptor;

import no.redthread.workbench.Area;

/**
 * A view or editor that a bundle adds to the workbench, registered as an OSGi service. It appears
 * in View → Show view and in quick access; the workbench creates the part when the user opens it.
 */
public interface PartDescriptor {

    /** Stable id, used in saved layouts. */
    String id();

    /** Label in the current UI language. */
    String label();

    /** Category in the Show view dialog, in the current UI language. */
    default String category() {
        return "Redthread";
    }

    /** Icon of the tab and the view list; null for none. */
    default ImageDescriptor icon() {
        return null;
    }

    /** Where the part opens when no layout says otherwise. */
    default Area preferredArea() {
        return Area.CENTER;
    }

    /**
     * Creates a new instance of the part. A part that throws here or in
     * {@link WorkbenchPart#createControl} is shown as an error panel; the workbench keeps running.
     */
    WorkbenchPart createPart(PartSite site);
}
