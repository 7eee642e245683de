package no.redthread.workbench.ui;

/**
 * Brings perspectives and parts forward and runs commands, e.g. a command that creates something and then shows the view that edits
 * it. An OSGi service registered by the workbench window while it is open; call it on the UI thread.
 *
 * @since 1.1
 */
public interface WorkbenchNavigation {

    /** Switches to the perspective with this id; nothing happens for an unknown id. */
    void showPerspective(String perspectiveId);

    /** Opens the part with this id in the current perspective if it is not open, and brings it to the front. */
    void showPart(String partId);

    /**
     * Runs the command with this id as its menu item would: nothing happens when it is unknown or disabled, a failure
     * is reported to the user.
     *
     * @since 1.2
     */
    void runCommand(String commandId);
}
