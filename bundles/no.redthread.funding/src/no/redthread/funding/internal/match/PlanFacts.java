package no.redthread.funding.internal.match;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.OrganisationKind;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/**
 * What a plan object has in common with schemes: its catalogue theme ids, SDG target codes and the SDG goals of
 * those targets, and the kind of organisation whose plan system owns it (empty when not known).
 */
record PlanFacts(Set<String> themeIds, Set<String> targetCodes, Set<Integer> goals, Optional<OrganisationKind> kind) {

    static PlanFacts of(Measure measure) {
        return of(measure.getFollows(), measure);
    }

    static PlanFacts of(Goal goal) {
        return of(List.of(goal), goal);
    }

    static PlanFacts ofThemes(Collection<String> themeIds) {
        return new PlanFacts(new LinkedHashSet<>(themeIds), Set.of(), Set.of(), Optional.empty());
    }

    private static PlanFacts of(Collection<Goal> goals, EObject owned) {
        Set<String> themes = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        Set<Integer> goalNumbers = new LinkedHashSet<>();
        for (Goal goal : goals) {
            goal.getAddressedThemes().stream().map(Theme::getId).forEach(themes::add);
            for (SdgTarget target : goal.getAddressedSdgTargets()) {
                String code = target.getCode();
                if (code != null && code.contains(".")) {
                    targets.add(code);
                    goalNumbers.add(Integer.parseInt(code.substring(0, code.indexOf('.'))));
                }
            }
        }
        return new PlanFacts(themes, targets, goalNumbers, kindOf(owned));
    }

    private static Optional<OrganisationKind> kindOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof PlanSystem system) {
                return Optional.ofNullable(system.getOrganisation()).map(org -> org.getKind());
            }
        }
        return Optional.empty();
    }
}
