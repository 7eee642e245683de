package no.redthread.workbench.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.log.Logger;

import no.redthread.workbench.SelectionService;
import no.redthread.workbench.settings.SettingsStore;

/** The services a workbench window works with. */
public record WorkbenchServices(BundleContext context, Contributions contributions, SettingsStore settings,
        SelectionService selection, Logger logger) {
}
