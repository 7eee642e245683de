package no.redthread.indicators.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + IndicatorDescriptor.ID)
public final class IndicatorDescriptor extends IndicatorsPartDescriptor {

    public static final String ID = "no.redthread.indicators.indicator";

    private final WorkspaceService workspaces;
    private final CatalogueService catalogue;

    @Activate
    public IndicatorDescriptor(@Reference WorkspaceService workspaces, @Reference CatalogueService catalogue) {
        super(ID, "indicator.label", Area.CENTER);
        this.workspaces = workspaces;
        this.catalogue = catalogue;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new IndicatorPart(workspaces, catalogue, site);
    }
}
