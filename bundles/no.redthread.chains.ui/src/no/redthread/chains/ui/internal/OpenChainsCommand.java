package no.redthread.chains.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.WorkbenchNavigation;

/** <i>Kjeder…</i> (View menu, Ctrl+3): opens the chain editor in the current perspective, its results below it. */
@Component(service = CommandContribution.class)
public final class OpenChainsCommand implements CommandContribution {

    public static final String ID = "no.redthread.chains.open";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchNavigation navigation;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("open.command");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.VIEW;
    }

    @Override
    public void execute() {
        WorkbenchNavigation shown = navigation;
        if (shown != null) {
            shown.showPart(ResultsDescriptor.ID);
            shown.showPart(EditorDescriptor.ID);
        }
    }
}
