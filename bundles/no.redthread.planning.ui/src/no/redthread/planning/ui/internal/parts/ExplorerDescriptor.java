package no.redthread.planning.ui.internal.parts;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + ExplorerDescriptor.ID)
public final class ExplorerDescriptor extends PlanningPartDescriptor {

    public static final String ID = "no.redthread.explorer";

    private final WorkspaceService workspaces;

    @Activate
    public ExplorerDescriptor(@Reference WorkspaceService workspaces) {
        super(ID, "explorer.label", Area.LEFT);
        this.workspaces = workspaces;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new ExplorerPart(workspaces, site);
    }
}
