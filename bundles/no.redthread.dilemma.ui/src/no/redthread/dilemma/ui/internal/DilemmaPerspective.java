package no.redthread.dilemma.ui.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.PerspectiveLayout;

/**
 * <i>Dilemma</i>: the scenario library on the left, the scenario in the centre with the session editor, the
 * interaction matrix and its analysis in tabs beside it (the analysis's three charts need the room at 1280×800).
 * The session, the matrix and the analysis come from other bundles; the workbench keeps their places while those
 * bundles are missing.
 */
@Component(service = PerspectiveDescriptor.class, property = "service.ranking:Integer=40")
public final class DilemmaPerspective implements PerspectiveDescriptor {

    public static final String ID = "no.redthread.perspective.dilemma";
    static final String MATRIX_PART = "no.redthread.dilemma.matrix";
    static final String ANALYSIS_PART = "no.redthread.dilemma.analysis";
    static final String SESSION_PART = "no.redthread.dilemma.session";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("perspective.dilemma");
    }

    @Override
    public PerspectiveLayout defaultLayout() {
        return PerspectiveLayout.empty().with(Area.LEFT, LibraryDescriptor.ID)
                .with(Area.CENTER, ScenarioDescriptor.ID, SESSION_PART, MATRIX_PART, ANALYSIS_PART)
                .withWeights(List.of(30, 70, 20, 65, 35));
    }
}
