package no.redthread.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.ChainBreak;
import no.redthread.validation.ChainNode;
import no.redthread.validation.RedThreadChain;

/** Builds {@link RedThreadChain}s: anchors → goals → measures → budget lines, with cases under their goals. */
public final class ChainBuilder {

    private final RedThreadIndex index;
    private final Set<Plan> scopePlans;
    private final Map<Goal, ChainNode> goalNodes = new HashMap<>();
    private final Map<Measure, ChainNode> measureNodes = new HashMap<>();

    private ChainBuilder(RedThreadIndex index, Set<Plan> scopePlans) {
        this.index = index;
        this.scopePlans = scopePlans;
    }

    public static RedThreadChain forSystem(PlanSystem system) {
        RedThreadIndex index = RedThreadIndex.of(system);
        Set<Plan> current = new LinkedHashSet<>(index.plans());
        current.removeIf(plan -> !RedThreadIndex.isCurrent(plan));
        ChainBuilder builder = new ChainBuilder(index, current);
        List<ChainNode> roots = builder.roots();
        // cases belong to the system, not to a plan, so only the system's chain shows the loose ones
        index.cases().stream()
                .filter(sak -> sak.getRefersTo().isEmpty())
                .forEach(sak -> roots.add(new ChainNode(sak, List.of(), EnumSet.of(ChainBreak.CASE_WITHOUT_GOAL))));
        return new RedThreadChain(system, roots);
    }

    public static RedThreadChain forPlan(Plan plan) {
        ChainBuilder builder = new ChainBuilder(RedThreadIndex.around(plan), Set.of(plan));
        return new RedThreadChain(plan, builder.roots());
    }

    private List<ChainNode> roots() {
        List<Measure> measures = scopePlans.stream().flatMap(plan -> plan.getMeasures().stream()).toList();
        List<Goal> goals = goalsInScope(measures);
        List<ChainNode> roots = new ArrayList<>();
        anchors(goals, Goal::getAddressedSdgTargets).forEach(target -> roots.add(anchorNode(target, goals)));
        anchors(goals, Goal::getAddressedThemes).forEach(theme -> roots.add(anchorNode(theme, goals)));
        goals.stream().filter(ChainBuilder::unanchored).forEach(goal -> roots.add(goalNode(goal)));
        measures.stream().filter(measure -> measure.getFollows().isEmpty())
                .forEach(measure -> roots.add(measureNode(measure)));
        return roots;
    }

    /** The scope plans' own goals and the goals their measures follow up, in model order. */
    private List<Goal> goalsInScope(List<Measure> measures) {
        Set<Goal> wanted = new LinkedHashSet<>();
        scopePlans.forEach(plan -> wanted.addAll(plan.getGoals()));
        measures.forEach(measure -> wanted.addAll(measure.getFollows()));
        List<Goal> ordered = new ArrayList<>(index.goals());
        ordered.retainAll(wanted);
        // a followed goal outside the system (a dangling reference) still shows, after the others
        wanted.stream().filter(goal -> !ordered.contains(goal)).forEach(ordered::add);
        return ordered;
    }

    /** The anchors (SDG targets or themes) the goals address, in the order of the frame they belong to. */
    private static <A extends EObject> List<A> anchors(List<Goal> goals, Function<Goal, List<A>> addressed) {
        Set<A> anchors = new LinkedHashSet<>();
        goals.forEach(goal -> anchors.addAll(addressed.apply(goal)));
        List<A> sorted = new ArrayList<>(anchors);
        sorted.sort(Comparator.comparing(ModelOrder::path, ModelOrder.PATHS));
        return sorted;
    }

    private ChainNode anchorNode(EObject anchor, List<Goal> goals) {
        List<ChainNode> children = goals.stream()
                .filter(goal -> goal.getAddressedSdgTargets().contains(anchor) || goal.getAddressedThemes().contains(anchor))
                .map(this::goalNode)
                .toList();
        return new ChainNode(anchor, children, Set.of());
    }

    private static boolean unanchored(Goal goal) {
        return goal.getAddressedSdgTargets().isEmpty() && goal.getAddressedThemes().isEmpty();
    }

    private ChainNode goalNode(Goal goal) {
        return goalNodes.computeIfAbsent(goal, g -> {
            List<Measure> measures = index.measuresFollowing(g).stream().filter(this::shown).toList();
            List<ChainNode> children = new ArrayList<>();
            measures.forEach(measure -> children.add(measureNode(measure)));
            index.casesReferringTo(g).forEach(sak -> children.add(new ChainNode(sak, List.of(), Set.of())));
            Set<ChainBreak> breaks = EnumSet.noneOf(ChainBreak.class);
            if (measures.isEmpty()) {
                breaks.add(ChainBreak.GOAL_WITHOUT_MEASURE);
            }
            if (unanchored(g)) {
                breaks.add(ChainBreak.GOAL_WITHOUT_ANCHOR);
            }
            return new ChainNode(g, children, breaks);
        });
    }

    /** A measure shows under its goals if its plan is in scope or still current. */
    private boolean shown(Measure measure) {
        Plan plan = RedThreadIndex.planOf(measure);
        return scopePlans.contains(plan) || RedThreadIndex.isCurrent(plan);
    }

    private ChainNode measureNode(Measure measure) {
        return measureNodes.computeIfAbsent(measure, m -> {
            List<BudgetLine> lines = index.budgetLinesFunding(m);
            List<ChainNode> children = lines.stream().map(line -> new ChainNode(line, List.of(), Set.of())).toList();
            Set<ChainBreak> breaks = EnumSet.noneOf(ChainBreak.class);
            // externally funded measures need no budget line (see MeasureRules)
            if (lines.isEmpty() && m.getFundingStatus() != FundingStatus.EXTERNAL) {
                breaks.add(ChainBreak.MEASURE_WITHOUT_BUDGET_LINE);
            }
            if (m.getFollows().isEmpty()) {
                breaks.add(ChainBreak.MEASURE_WITHOUT_GOAL);
            }
            return new ChainNode(m, children, breaks);
        });
    }
}
