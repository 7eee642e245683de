package no.redthread.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import no.redthread.validation.internal.Messages;

/**
 * The built-in rules of the red thread (modules add theirs through {@link RuleContribution}). Each has a stable id (used in resource bundles, saved filters and reports: never
 * change or reuse one) and a fixed severity.
 */
public enum RedThreadRule implements FindingRule {
    /** A goal that no measure follows up. */
    GOAL_WITHOUT_MEASURE("goal.no-measure", Severity.WARNING),
    /** A goal that addresses no SDG target (the SDGs are the main track of planning). */
    GOAL_WITHOUT_SDG_TARGET("goal.no-sdg-target", Severity.WARNING),
    /** A goal that addresses no local sustainability theme. */
    GOAL_WITHOUT_THEME("goal.no-theme", Severity.INFO),
    /** A measure that follows up no goal. */
    MEASURE_WITHOUT_GOAL("measure.no-goal", Severity.ERROR),
    /** A measure that is unfunded and that no budget line funds. */
    MEASURE_UNFUNDED("measure.unfunded", Severity.WARNING),
    /** A measure marked as (partly) funded that no budget line funds: the money cannot be traced. */
    MEASURE_WITHOUT_BUDGET_LINE("measure.no-budget-line", Severity.WARNING),
    /** A measure a budget line funds but whose funding status still says unfunded. */
    MEASURE_MARKED_UNFUNDED("measure.marked-unfunded", Severity.WARNING),
    /** A case that refers to no goal. */
    CASE_WITHOUT_GOAL("case.no-goal", Severity.WARNING),
    /** A plan that should follow up another plan (by its step in the red thread) but follows none. */
    PLAN_WITHOUT_PREDECESSOR("plan.no-predecessor", Severity.WARNING),
    /** A plan whose predecessor is not part of the same plan system (deleted or unresolved). */
    PLAN_PREDECESSOR_MISSING("plan.predecessor-missing", Severity.ERROR),
    /** A plan that follows up an expired plan. */
    PLAN_PREDECESSOR_EXPIRED("plan.predecessor-expired", Severity.WARNING),
    /** A plan that follows up a plan of a kind the red thread does not lead from. */
    PLAN_UNEXPECTED_PREDECESSOR("plan.unexpected-predecessor", Severity.INFO);

    private final String id;
    private final Severity severity;

    RedThreadRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The stable id, e.g. {@code "goal.no-measure"}. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    /** The message pattern from this bundle's messages. */
    @Override
    public String pattern(Locale locale) {
        return Messages.text(locale, id);
    }

    /** The rule with the given id, if there is one. */
    public static Optional<RedThreadRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
