package no.redthread.planning.ui.internal.parts;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.validation.RedThreadValidator;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + ProblemsDescriptor.ID)
public final class ProblemsDescriptor extends PlanningPartDescriptor {

    public static final String ID = "no.redthread.problems";

    private final WorkspaceService workspaces;
    private final RedThreadValidator validator;

    @Activate
    public ProblemsDescriptor(@Reference WorkspaceService workspaces, @Reference RedThreadValidator validator) {
        super(ID, "problems.label", Area.BOTTOM);
        this.workspaces = workspaces;
        this.validator = validator;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new ProblemsPart(workspaces, validator, site);
    }
}
