package no.redthread.workbench.ui;

import org.eclipse.jface.action.IMenuManager;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;

/** What the workbench offers an open part. */
public interface PartSite {

    String partId();

    Shell shell();

    /** Publishes the part's selection to the workbench-wide selection service. */
    void publishSelection(List<?> selection);

    /** Shows a message in the status line. */
    void setStatusMessage(String message);

    /**
     * Calls the listener with the selection whenever another part publishes one (never with this
     * part's own), until this part closes.
     */
    void followSelection(Consumer<List<?>> listener);

    /** The workbench-wide selection as it is now. */
    List<?> currentSelection();

    /**
     * Adds the commands contributed for context menus ({@code CommandContribution.inContextMenu()}) to a part's
     * context menu, those that are enabled for the current selection. Call it when the menu is about to show, after
     * publishing the right-clicked selection.
     *
     * <p>The default adds nothing, for sites outside the workbench window (tests, embedding).
     *
     * @since 1.1
     */
    default void addContextCommands(IMenuManager menu) {
    }
}
