package no.redthread.workbench;

/**
 * What the user is working on, for the window title ("Rød tråd – Røros* – Planarbeid"). Register
 * it as an OSGi service; the highest-ranked one is shown.
 */
public interface ActiveDocument {

    /** Name shown in the title, e.g. the workspace's organisation; empty when nothing is open. */
    String name();

    /** True when there are unsaved changes; the title then marks the name with an asterisk. */
    boolean isDirty();

    /** Registers a listener told when name or dirty state change; returns a handle that removes it. */
    AutoCloseable addListener(Runnable listener);
}
