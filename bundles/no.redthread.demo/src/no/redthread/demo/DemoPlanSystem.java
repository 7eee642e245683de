package no.redthread.demo;

import no.redthread.model.plan.Frame;
import no.redthread.model.plan.PlanSystem;

/**
 * Builds the bundled demo plan system (an OSGi service): Røros (kommune 5025, Trøndelag) with the ten plans of the
 * red thread, the goals of the community part, the measures of the action plan with their budget lines, and cases.
 * The content is invented for illustration; the plan system's name says so ({@link #ILLUSTRATIVE_NOTE}).
 *
 * <p>The red thread has a few deliberate breaks, so the validator and the chain views have something to show: one
 * goal without measures, one measure that follows no goal, one unfunded measure, one measure marked as funded that
 * no budget line funds, one case that refers to no goal and one unit plan that follows up no plan.
 */
public interface DemoPlanSystem {

    /** Part of the plan system's name: the demo is not the municipality's adopted plans. */
    String ILLUSTRATIVE_NOTE = "Illustrativt eksempel – ikke kommunens vedtatte planer";

    /** The municipality number of the demo's organisation (Røros). */
    String MUNICIPALITY_NUMBER = "5025";

    /**
     * A new demo plan system in the given frame. The frame becomes the plan system's frame (EMF containment moves
     * it out of any earlier container). Goals are linked to the frame's SDG targets by code and to its themes by
     * id; targets or themes the frame does not have are left out.
     *
     * @throws NullPointerException if the frame is null
     */
    PlanSystem create(Frame frame);

    /** A new demo plan system in a new, complete frame from the catalogue service. */
    PlanSystem create();
}
