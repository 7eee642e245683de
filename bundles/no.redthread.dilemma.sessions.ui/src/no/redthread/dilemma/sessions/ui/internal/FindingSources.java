package no.redthread.dilemma.sessions.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.SdgTargetEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.dilemma.sessions.model.Matrix;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;

/**
 * What a finding's details choose from, and what they call it: the catalogue's themes and SDG targets (a finding
 * keeps their ids), the workspace's goals, measures and cases, and the funding schemes when funding is installed.
 * An id the catalogues do not know is shown as it is. The same sources offer the items of a session's matrix.
 */
final class FindingSources {

    private final CatalogueService catalogue;
    private final Supplier<Optional<SchemeNames>> schemes;

    FindingSources(CatalogueService catalogue, Supplier<Optional<SchemeNames>> schemes) {
        this.catalogue = catalogue;
        this.schemes = schemes;
    }

    /** Every theme id, then every SDG target code. */
    List<String> pullIds() {
        List<String> ids = new ArrayList<>(catalogue.themes().stream().map(ThemeEntry::id).toList());
        catalogue.sdgTargets().forEach(target -> ids.add(target.code()));
        return ids;
    }

    String pullName(String id) {
        Optional<ThemeEntry> theme = catalogue.theme(id);
        if (theme.isPresent()) {
            return english() ? theme.get().nameEn() : theme.get().nameNb();
        }
        return catalogue.sdgTarget(id).map(t -> t.code() + " " + (english() ? t.textEn() : t.preferredTextNb()))
                .orElse(id);
    }

    String pullCategory(String id) {
        return catalogue.theme(id).isPresent() ? Messages.get("category.theme")
                : catalogue.sdgTarget(id).map(SdgTargetEntry::goal).map(goal -> Messages.get("category.sdg", goal))
                        .orElse("");
    }

    /** The goals and measures of every plan, then the cases. */
    static List<EObject> planObjects(PlanSystem system) {
        List<EObject> objects = new ArrayList<>();
        for (Plan plan : system.getPlans()) {
            objects.addAll(plan.getGoals());
            objects.addAll(plan.getMeasures());
        }
        objects.addAll(system.getCases());
        return objects;
    }

    static String objectName(EObject object) {
        String name = switch (object) {
            case Goal goal -> goal.getName();
            case Measure measure -> measure.getName();
            case Case planCase -> planCase.getTitle();
            default -> null;
        };
        return name != null ? name : object instanceof Identified identified ? identified.getId() : "";
    }

    static String objectCategory(EObject object) {
        String plan = object.eContainer() instanceof Plan owner && owner.getName() != null ? owner.getName() : "";
        return switch (object) {
            case Goal goal -> Messages.get("category.goal", plan);
            case Measure measure -> Messages.get("category.measure", plan);
            default -> Messages.get("category.case");
        };
    }

    boolean schemesKnown() {
        return schemes.get().isPresent();
    }

    List<String> schemeIds() {
        return schemes.get().map(SchemeNames::ids).orElse(List.of());
    }

    String schemeName(String id) {
        return schemes.get().flatMap(names -> names.name(id)).orElse(id);
    }

    /** What can still be added to a session's matrix, by its kind (the catalogue's or the plan's items). */
    List<MatrixItemChoices.Choice> matrixChoices(Matrix matrix,
            Optional<PlanSystem> plans) {
        return MatrixItemChoices.available(matrix, catalogue, plans, this::pullName);
    }

    private static boolean english() {
        return "en".equals(Locale.getDefault().getLanguage());
    }
}
