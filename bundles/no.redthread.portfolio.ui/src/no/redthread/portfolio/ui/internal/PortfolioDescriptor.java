package no.redthread.portfolio.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.chains.ChainBatch;
import no.redthread.chains.ChainLibrary;
import no.redthread.portfolio.PortfolioService;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.ui.WorkspaceOpener;

/** The Portefølje view. */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + PortfolioDescriptor.ID)
public final class PortfolioDescriptor extends MessagePartDescriptor {

    public static final String ID = "no.redthread.portfolio";

    private final PortfolioService portfolios;
    private final PortfolioChoice choice;
    private final ChainLibrary chains;
    private final ChainBatch batch;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkspaceOpener opener;

    @Activate
    public PortfolioDescriptor(@Reference PortfolioService portfolios, @Reference PortfolioChoice choice,
            @Reference ChainLibrary chains, @Reference ChainBatch batch) {
        super(ID, "part.label", "part.category", Area.CENTER, Messages::get);
        this.portfolios = portfolios;
        this.choice = choice;
        this.chains = chains;
        this.batch = batch;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new PortfolioPart(portfolios, choice, chains, batch, () -> Optional.ofNullable(opener), site);
    }
}
