package no.redthread.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.internal.ChainBuilder;

/**
 * The red thread as a forest a view can draw: SDG target / theme → goal → measure → budget line, with the cases
 * that refer to a goal beside its measures.
 *
 * <p>The roots come in this order: the SDG targets the goals address (in UN order), the themes they address (in
 * frame order), then the loose ends, each marked with its break: goals that address nothing, measures that follow
 * up no goal, and (for a whole plan system) cases that refer to no goal. A chain is a snapshot: build a new one after
 * the model changes.
 *
 * @param scope the plan system or plan the chain was built for
 * @param roots the first step of each chain
 */
public record RedThreadChain(EObject scope, List<ChainNode> roots) {

    public RedThreadChain {
        Objects.requireNonNull(scope, "scope");
        roots = List.copyOf(roots);
    }

    /**
     * The chains of a whole plan system. Goals and measures of expired plans are left out, except a goal that a
     * measure of a current plan still follows up.
     */
    public static RedThreadChain of(PlanSystem system) {
        return ChainBuilder.forSystem(system);
    }

    /**
     * The chains that pass through one plan: its goals with every current measure that follows them up (from any
     * plan of the system), and its measures with the goals they follow up.
     */
    public static RedThreadChain of(Plan plan) {
        return ChainBuilder.forPlan(plan);
    }

    /** Every node with a break, depth first, each model object once. */
    public List<ChainNode> breaks() {
        List<ChainNode> broken = new ArrayList<>();
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        roots.forEach(root -> collectBreaks(root, broken, seen));
        return List.copyOf(broken);
    }

    private static void collectBreaks(ChainNode node, List<ChainNode> broken, Set<EObject> seen) {
        if (!seen.add(node.element())) {
            return;
        }
        if (node.broken()) {
            broken.add(node);
        }
        node.children().forEach(child -> collectBreaks(child, broken, seen));
    }
}
