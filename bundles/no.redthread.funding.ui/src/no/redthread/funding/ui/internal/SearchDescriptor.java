package no.redthread.funding.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.WorkbenchPart;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + SearchDescriptor.ID)
public final class SearchDescriptor extends FundingPartDescriptor {

    public static final String ID = "no.redthread.funding.search";

    private final FundingSession session;
    private final CatalogueService catalogue;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchNavigation navigation;

    @Activate
    public SearchDescriptor(@Reference FundingSession session, @Reference CatalogueService catalogue) {
        super(ID, "search.part", Area.CENTER);
        this.session = session;
        this.catalogue = catalogue;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new SearchPart(session, new FacetLabels(catalogue), site, () -> navigation);
    }
}
