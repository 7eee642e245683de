package no.redthread.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.PlanSystem;

/**
 * The objects of one plan system in model order, with the red thread's references walked backwards (which measures
 * follow a goal, which budget lines fund a measure, which cases refer to a goal): the model stores them only
 * forwards. Built once per validation or chain, so every rule sees the same snapshot.
 */
final class RedThreadIndex {

    private final List<Plan> plans;
    private final List<BudgetLine> budgetLines;
    private final List<Case> cases;
    private final Map<Goal, List<Measure>> measuresByGoal = new HashMap<>();
    private final Map<Measure, List<BudgetLine>> budgetLinesByMeasure = new HashMap<>();
    private final Map<Goal, List<Case>> casesByGoal = new HashMap<>();

    private RedThreadIndex(List<Plan> plans, List<BudgetLine> budgetLines, List<Case> cases) {
        this.plans = List.copyOf(plans);
        this.budgetLines = List.copyOf(budgetLines);
        this.cases = List.copyOf(cases);
        for (Measure measure : measures()) {
            measure.getFollows().forEach(goal -> add(measuresByGoal, goal, measure));
        }
        for (BudgetLine line : this.budgetLines) {
            line.getFunds().forEach(measure -> add(budgetLinesByMeasure, measure, line));
        }
        for (Case sak : this.cases) {
            sak.getRefersTo().forEach(goal -> add(casesByGoal, goal, sak));
        }
    }

    static RedThreadIndex of(PlanSystem system) {
        Objects.requireNonNull(system, "system");
        return new RedThreadIndex(system.getPlans(), system.getBudgetLines(), system.getCases());
    }

    /** The index of the plan system a plan belongs to, or of the plan alone if it belongs to none. */
    static RedThreadIndex around(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return EcoreUtil.getRootContainer(plan) instanceof PlanSystem system
                ? of(system)
                : new RedThreadIndex(List.of(plan), List.of(), List.of());
    }

    private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    List<Plan> plans() {
        return plans;
    }

    List<Goal> goals() {
        return plans.stream().flatMap(plan -> plan.getGoals().stream()).toList();
    }

    List<Measure> measures() {
        return plans.stream().flatMap(plan -> plan.getMeasures().stream()).toList();
    }

    List<Case> cases() {
        return cases;
    }

    boolean contains(Plan plan) {
        return plans.contains(plan);
    }

    /** The measures of current (not expired) plans that follow up a goal. */
    List<Measure> currentMeasuresFollowing(Goal goal) {
        return measuresFollowing(goal).stream().filter(measure -> isCurrent(planOf(measure))).toList();
    }

    List<Measure> measuresFollowing(Goal goal) {
        return measuresByGoal.getOrDefault(goal, List.of());
    }

    List<BudgetLine> budgetLinesFunding(Measure measure) {
        return budgetLinesByMeasure.getOrDefault(measure, List.of());
    }

    List<Case> casesReferringTo(Goal goal) {
        return casesByGoal.getOrDefault(goal, List.of());
    }

    /** The plan a goal or measure belongs to, or null. */
    static Plan planOf(EObject object) {
        return object.eContainer() instanceof Plan plan ? plan : null;
    }

    /** A plan still steers unless it has expired; a goal or measure outside any plan counts as current. */
    static boolean isCurrent(Plan plan) {
        return plan == null || plan.getStatus() != PlanStatus.EXPIRED;
    }
}
