package no.redthread.workbench.ui;

import org.eclipse.jface.preference.IPreferencePage;

/** A page of Window → Preferences, registered as an OSGi service. */
public interface PreferencePageContribution {

    String id();

    /** Label in the page tree, in the current UI language. */
    String label();

    /** Pages are listed in ascending order. */
    default int order() {
        return 100;
    }

    /** Creates a fresh page each time the dialog opens. */
    IPreferencePage createPage();
}
