package no.redthread.validation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/**
 * One step of a red-thread chain: a model object, the next steps below it and the breaks found at it. Nodes are
 * immutable; the same goal or measure node may hang under several parents (a goal that addresses two targets).
 *
 * @param element the model object: an SDG target, theme, goal, measure, budget line or case
 * @param children the next steps: goals under an anchor; measures, then cases under a goal; budget lines under a
 *        measure
 * @param breaks where this step breaks the thread; empty if it holds
 */
public record ChainNode(EObject element, List<ChainNode> children, Set<ChainBreak> breaks) {

    /** What a node stands for, so a view can pick an icon without instanceof chains. */
    public enum Kind {
        SDG_TARGET, THEME, GOAL, MEASURE, BUDGET_LINE, CASE
    }

    public ChainNode {
        Objects.requireNonNull(element, "element");
        kindOf(element);
        children = List.copyOf(children);
        breaks = breaks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(breaks));
    }

    public Kind kind() {
        return kindOf(element);
    }

    /** True if this step breaks the thread. */
    public boolean broken() {
        return !breaks.isEmpty();
    }

    private static Kind kindOf(EObject element) {
        return switch (element) {
            case SdgTarget target -> Kind.SDG_TARGET;
            case Theme theme -> Kind.THEME;
            case Goal goal -> Kind.GOAL;
            case Measure measure -> Kind.MEASURE;
            case BudgetLine line -> Kind.BUDGET_LINE;
            case Case sak -> Kind.CASE;
            default -> throw new IllegalArgumentException("not a step of the red thread: " + element.eClass().getName());
        };
    }
}
