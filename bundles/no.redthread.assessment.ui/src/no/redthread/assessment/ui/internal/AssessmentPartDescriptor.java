package no.redthread.assessment.ui.internal;

import no.redthread.assessment.AssessmentService;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;
import no.redthread.workspace.WorkspaceService;

/** The assessment views share their services, their category and how they name themselves. */
abstract class AssessmentPartDescriptor extends MessagePartDescriptor {

    final WorkspaceService workspaces;
    final AssessmentService service;
    final Names names;

    AssessmentPartDescriptor(String id, String labelKey, Area area, WorkspaceService workspaces,
            AssessmentService service, CatalogueService catalogue) {
        super(id, labelKey, "category.assessment", area, Messages::get);
        this.workspaces = workspaces;
        this.service = service;
        this.names = new Names(catalogue);
    }
}
