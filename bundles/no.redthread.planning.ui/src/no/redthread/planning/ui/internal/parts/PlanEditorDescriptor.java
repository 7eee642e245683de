package no.redthread.planning.ui.internal.parts;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + PlanEditorDescriptor.ID)
public final class PlanEditorDescriptor extends PlanningPartDescriptor {

    public static final String ID = "no.redthread.planEditor";

    private final WorkspaceService workspaces;
    private final MeasureFunding funding;

    @Activate
    public PlanEditorDescriptor(@Reference WorkspaceService workspaces, @Reference MeasureFunding funding) {
        super(ID, "planEditor.label", Area.CENTER);
        this.workspaces = workspaces;
        this.funding = funding;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new PlanEditorPart(workspaces, funding, site);
    }
}
