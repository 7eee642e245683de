package no.redthread.dilemma.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + ScenarioDescriptor.ID)
public final class ScenarioDescriptor extends DilemmaPartDescriptor {

    public static final String ID = "no.redthread.dilemma.scenario";

    private final CatalogueService catalogue;
    private final DilemmaSession session;

    @Activate
    public ScenarioDescriptor(@Reference CatalogueService catalogue, @Reference DilemmaSession session) {
        super(ID, "scenario.part", Area.CENTER);
        this.catalogue = catalogue;
        this.session = session;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new ScenarioPart(new CatalogueNames(catalogue), session, site);
    }
}
