package no.redthread.workbench.ui;

import org.eclipse.swt.widgets.Shell;

/**
 * Told on the UI thread once the workbench window is open, e.g. to reopen the last workspace and
 * ask about unsaved work from a crash. Register it as an OSGi service.
 */
public interface WindowStartup {

    void windowOpened(Shell shell);
}
