package no.redthread.funding.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + TimelineDescriptor.ID)
public final class TimelineDescriptor extends FundingPartDescriptor {

    public static final String ID = "no.redthread.funding.timeline";

    private final FundingSession session;
    private final WorkspaceService workspaces;

    @Activate
    public TimelineDescriptor(@Reference FundingSession session, @Reference WorkspaceService workspaces) {
        super(ID, "timeline.part", Area.BOTTOM);
        this.session = session;
        this.workspaces = workspaces;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new TimelinePart(session, workspaces, () -> ApplicationRows.rows(workspaces.current()), site);
    }
}
