package no.redthread.workbench.ui;

import org.eclipse.swt.widgets.Shell;

/**
 * Asked before the workbench window closes, e.g. to offer saving unsaved changes. Register it as
 * an OSGi service; called on the UI thread.
 */
public interface CloseGuard {

    /** Returns false to keep the window open (the user cancelled). */
    boolean okToClose(Shell shell);
}
