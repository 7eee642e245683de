package no.redthread.planning.ui.internal.parts;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.Area;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + PlanEditorDescriptor.ID)
public final class PlanEditorDescriptor extends PlanningPartDescriptor {

    public static final String ID = "no.redthread.planEditor";

    private final SelectionService selection;

    @Activate
    public PlanEditorDescriptor(@Reference SelectionService selection) {
        super(ID, "planEditor.label", Area.CENTER);
        this.selection = selection;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new PlanEditorPart(selection, site);
    }
}
