package no.redthread.workbench;

/**
 * A named arrangement of parts, registered as an OSGi service. The user's changes to the layout
 * are saved per perspective id; "Reset perspective" goes back to {@link #defaultLayout()}.
 */
public interface PerspectiveDescriptor {

    /** Stable id, used as the key of the saved layout. */
    String id();

    /** Label in the current UI language. */
    String label();

    PerspectiveLayout defaultLayout();
}
