package no.redthread.workbench;

/**
 * A command that a bundle adds to the workbench, registered as an OSGi service. The workbench
 * puts it in a menu, binds its key sequence and lists it in quick access (Ctrl+3). Commands run
 * on the UI thread when the window is open.
 */
public interface CommandContribution {

    /**
     * Service property that offers the command as one of the first tasks on the <i>Kom i gang</i> (getting started)
     * page, as a link with the command's label. An Integer: lower comes first; the built-in tasks use 10 to 40 (open
     * the demo, new workspace, import statistics, new assessment). For example
     * {@code @Component(service = CommandContribution.class, property = CommandContribution.GETTING_STARTED + ":Integer=50")}.
     *
     * @since 1.2
     */
    String GETTING_STARTED = "redthread.gettingStarted";

    /** Stable id, e.g. {@code no.redthread.workbench.undo}. */
    String id();

    /** Label in the current UI language; {@code &} marks the mnemonic. */
    String label();

    /** The menu the command appears in, or null for quick access only. */
    default MenuLocation menu() {
        return null;
    }

    /** Key sequence in JFace notation ({@code M1+Z}, {@code M1+M2+T}, {@code M1+W M1+E}) or null. */
    default String keySequence() {
        return null;
    }

    /**
     * Whether parts also offer the command in their context menu (for example "New assessment" on a plan in the
     * Explorer). A context menu shows it only while {@link #isEnabled()}, which decides from the current selection
     * (the right-clicked object then).
     *
     * @since 1.1
     */
    default boolean inContextMenu() {
        return false;
    }

    default boolean isEnabled() {
        return true;
    }

    void execute();

    /** The top-level menus of the workbench window. */
    enum MenuLocation {
        FILE, EDIT, VIEW, WINDOW, HELP
    }
}
