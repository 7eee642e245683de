package no.redthread.journeys.plugin;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.FrameworkUtil;

import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * Not part of the journeys bundle's work: the plugin-repository journey copies this class into a plugin jar of its
 * own (with a manifest and a component description), signs it and installs it through Tilleggsdepoter. Its part
 * names the version of the bundle it runs in, so an update shows.
 */
public final class JourneyPluginPart implements PartDescriptor {

    public static final String LABEL = "Klimatiltak (reiseplugin)";

    @Override
    public String id() {
        return "no.redthread.journeys.plugin.part";
    }

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        String version = FrameworkUtil.getBundle(JourneyPluginPart.class).getVersion().toString();
        return parent -> new Label(parent, SWT.WRAP).setText(LABEL + " " + version);
    }
}
