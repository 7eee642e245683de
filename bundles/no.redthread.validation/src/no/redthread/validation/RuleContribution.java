package no.redthread.validation;

import java.util.List;

import no.redthread.model.plan.PlanSystem;

/**
 * Rules a module adds to the red thread, registered as an OSGi service. The validator asks every registered
 * contribution, while it runs, and merges their findings with its own (sorted by severity); a contribution that
 * comes or goes changes the next validation, nothing else. The model a contribution reads beside the plan system
 * (its own module root) is in the plan system's resource set, next to it.
 *
 * @since 2.0
 */
public interface RuleContribution {

    /** The rules this contribution checks, each with a stable id unique across all rules. */
    List<FindingRule> rules();

    /**
     * The findings about a plan system and the module objects that refer to it. Called on the validator's caller's
     * thread, between commands (the model does not change meanwhile); must not change the model.
     */
    List<Finding> check(PlanSystem system);
}
