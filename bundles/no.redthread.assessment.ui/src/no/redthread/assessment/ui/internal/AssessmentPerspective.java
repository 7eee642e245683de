package no.redthread.assessment.ui.internal;

import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.PerspectiveLayout;

/** Assessing a plan: the Explorer to pick it, the worksheet in the centre, the summary beside it. */
@Component(service = PerspectiveDescriptor.class, property = "service.ranking:Integer=50")
public final class AssessmentPerspective implements PerspectiveDescriptor {

    public static final String ID = "no.redthread.perspective.assessment";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("perspective.assessment");
    }

    @Override
    public PerspectiveLayout defaultLayout() {
        return PerspectiveLayout.empty()
                .with(Area.LEFT, AssessmentListDescriptor.ID, "no.redthread.explorer").with(Area.CENTER, AssessmentEditorDescriptor.ID)
                .with(Area.RIGHT, AssessmentSummaryDescriptor.ID).with(Area.BOTTOM, "no.redthread.problems");
    }
}
