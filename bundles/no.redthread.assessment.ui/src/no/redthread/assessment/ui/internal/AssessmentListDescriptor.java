package no.redthread.assessment.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.workbench.Area;
import no.redthread.workbench.settings.UserProfile;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

/** The list of the workspace's assessments (left area). */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + AssessmentListDescriptor.ID)
public final class AssessmentListDescriptor extends AssessmentPartDescriptor {

    public static final String ID = "no.redthread.assessment.list";

    private final FormTemplateCatalog templates;
    private final UserProfile users;

    @Activate
    public AssessmentListDescriptor(@Reference WorkspaceService workspaces, @Reference AssessmentService service,
            @Reference CatalogueService catalogue, @Reference FormTemplateCatalog templates,
            @Reference UserProfile users) {
        super(ID, "list.label", Area.LEFT, workspaces, service, catalogue);
        this.templates = templates;
        this.users = users;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new AssessmentListPart(workspaces, service, templates, users, site);
    }
}
