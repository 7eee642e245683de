package no.redthread.dilemma.sessions.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.dilemma.report.SessionReports;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

/** <i>Dilemmaøkt</i>: the editor of one dilemma-training session of the workspace. */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + SessionPartDescriptor.ID)
public final class SessionPartDescriptor extends MessagePartDescriptor {

    public static final String ID = "no.redthread.dilemma.session";

    private final WorkspaceService workspaces;
    private final ChosenSession chosen;
    private final ChosenScenario scenarios;
    private final CatalogueService catalogue;
    private final SessionReports reports;

    /** The funding schemes' names, while the funding catalogue is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SchemeNames schemes;

    @Activate
    public SessionPartDescriptor(@Reference WorkspaceService workspaces, @Reference ChosenSession chosen,
            @Reference ChosenScenario scenarios, @Reference CatalogueService catalogue,
            @Reference SessionReports reports) {
        super(ID, "session.part", "category.dilemma", Area.CENTER, Messages::get);
        this.workspaces = workspaces;
        this.chosen = chosen;
        this.scenarios = scenarios;
        this.catalogue = catalogue;
        this.reports = reports;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        FindingSources sources = new FindingSources(catalogue, () -> Optional.ofNullable(schemes));
        return new SessionPart(workspaces, chosen, scenarios, sources, System::currentTimeMillis,
                new SessionExport(reports));
    }
}
