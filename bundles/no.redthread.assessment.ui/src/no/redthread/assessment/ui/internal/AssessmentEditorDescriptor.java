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

/** The assessment editor (centre area). */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + AssessmentEditorDescriptor.ID)
public final class AssessmentEditorDescriptor extends AssessmentPartDescriptor {

    public static final String ID = "no.redthread.assessment.editor";

    private final FormTemplateCatalog templates;
    private final UserProfile users;

    @Activate
    public AssessmentEditorDescriptor(@Reference WorkspaceService workspaces,
            @Reference AssessmentService service, @Reference CatalogueService catalogue,
            @Reference FormTemplateCatalog templates, @Reference UserProfile users) {
        super(ID, "editor.label", Area.CENTER, workspaces, service, catalogue);
        this.templates = templates;
        this.users = users;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new AssessmentEditorPart(workspaces, service, templates, names, users, site);
    }
}
