package no.redthread.dilemma.sessions.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.dilemma.sessions.SessionMatrices;
import no.redthread.dilemma.sessions.model.Matrix;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.SdgTarget;

/**
 * What can still be added to a session's matrix, by the matrix's kind: the catalogue's SDG targets or themes, or
 * the plan system's goals and measures, each tagged with the SDG targets it addresses (a measure: those of the goals
 * it follows), so the group sees what the plan's own items stand for.
 */
final class MatrixItemChoices {

    record Choice(String id, String label, EObject planObject) {
    }

    private MatrixItemChoices() {
    }

    /** @param name a theme id's or SDG target code's name, as the session editor shows it everywhere */
    static List<Choice> available(Matrix matrix, CatalogueService catalogue, Optional<PlanSystem> plans,
            Function<String, String> name) {
        List<Choice> all = switch (matrix.getItemKind()) {
            case SDG_TARGETS -> catalogue.sdgTargets().stream()
                    .map(target -> new Choice(target.code(), name.apply(target.code()), null)).toList();
            case THEMES -> catalogue.themes().stream().map(theme -> new Choice(theme.id(), name.apply(theme.id()),
                    null)).toList();
            case PLAN_OBJECTS -> plans.map(MatrixItemChoices::planObjects).orElse(List.of());
        };
        Set<String> taken = Set.copyOf(SessionMatrices.itemIds(matrix));
        return all.stream().filter(choice -> !taken.contains(choice.id())).toList();
    }

    private static List<Choice> planObjects(PlanSystem system) {
        List<Choice> choices = new ArrayList<>();
        for (Plan plan : system.getPlans()) {
            for (Goal goal : plan.getGoals()) {
                choices.add(new Choice(goal.getId(), tagged(goal.getName(), targets(List.of(goal))), goal));
            }
            for (Measure measure : plan.getMeasures()) {
                choices.add(new Choice(measure.getId(), tagged(measure.getName(), targets(measure.getFollows())),
                        measure));
            }
        }
        return choices;
    }

    private static Set<String> targets(List<Goal> goals) {
        Set<String> codes = new LinkedHashSet<>();
        goals.forEach(goal -> goal.getAddressedSdgTargets().stream().map(SdgTarget::getCode).forEach(codes::add));
        return codes;
    }

    private static String tagged(String name, Set<String> targets) {
        return targets.isEmpty() ? name : name + " (" + String.join(", ", targets) + ")";
    }
}
