package no.redthread.validation;

import java.util.List;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;

/**
 * Finds the breaks in the red thread (an OSGi service). The lists are new on every call, ordered by severity
 * (errors first) and, within a severity, plans first, then goals, measures and cases, each in model order.
 *
 * <p>Goals, measures and plans of an expired plan are not checked, and a measure of an expired plan does not count
 * as following up a goal: an expired plan no longer steers anything.
 */
public interface RedThreadValidator {

    /** Every finding in a plan system. */
    List<Finding> validate(PlanSystem system);

    /**
     * The findings about one plan, its goals and its measures. The rest of the plan system the plan belongs to is
     * taken into account (a goal of the community part is followed up by measures of the action plan).
     */
    List<Finding> validate(Plan plan);
}
