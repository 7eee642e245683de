package no.redthread.funding.ui.internal;

import java.util.Arrays;

import org.eclipse.swt.program.Program;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
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

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + DetailDescriptor.ID)
public final class DetailDescriptor extends FundingPartDescriptor {

    public static final String ID = "no.redthread.funding.detail";

    private final FundingSession session;
    private final CatalogueService catalogue;
    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchNavigation navigation;

    @Activate
    public DetailDescriptor(@Reference FundingSession session, @Reference CatalogueService catalogue,
            BundleContext context) {
        super(ID, "detail.part", Area.RIGHT);
        this.session = session;
        this.catalogue = catalogue;
        this.context = context;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new DetailPart(site, session::today, new FacetLabels(catalogue), this::packName, url -> {
            if (!Program.launch(url)) {
                site.setStatusMessage(Messages.get("detail.noBrowser", url));
            }
        }, () -> navigation);
    }

    /** A content pack's name and symbolic name, e.g. "Innlandet fylkeskommunes tilskudd (no.innlandet.funding)". */
    String packName(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .map(Bundle::getHeaders).map(headers -> headers.get(Constants.BUNDLE_NAME))
                .map(name -> Messages.get("fact.origin.pack", name, symbolicName)).orElse(symbolicName);
    }
}
