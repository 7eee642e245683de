package no.redthread.chains.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.funding.FundingCatalog;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

/** <i>Kjederesultater</i>: each step's output of the last run. */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + ResultsDescriptor.ID)
public final class ResultsDescriptor extends ChainsPartDescriptor {

    public static final String ID = "no.redthread.chains.results";

    private final ChainResults results;
    private final ResultItems items;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchNavigation navigation;

    @Activate
    public ResultsDescriptor(@Reference ChainResults results, @Reference CatalogueService catalogue,
            @Reference FundingCatalog funding, @Reference WorkspaceService workspaces) {
        super(ID, "results.part", Area.BOTTOM);
        this.results = results;
        this.items = new ResultItems(catalogue, funding, workspaces);
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new ResultsPart(site, results, items, () -> navigation);
    }
}
