package no.redthread.assessment.ui.internal;

import no.redthread.assessment.AssessmentService;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workspace.WorkspaceService;

/** The assessment views share their services, their category and how they name themselves. */
abstract class AssessmentPartDescriptor implements PartDescriptor {

    final WorkspaceService workspaces;
    final AssessmentService service;
    final Names names;
    private final String id;
    private final String labelKey;
    private final Area area;

    AssessmentPartDescriptor(String id, String labelKey, Area area, WorkspaceService workspaces,
            AssessmentService service, CatalogueService catalogue) {
        this.id = id;
        this.labelKey = labelKey;
        this.area = area;
        this.workspaces = workspaces;
        this.service = service;
        this.names = new Names(catalogue);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return Messages.get(labelKey);
    }

    @Override
    public final String category() {
        return Messages.get("category.assessment");
    }

    @Override
    public final Area preferredArea() {
        return area;
    }
}
