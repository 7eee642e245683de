package no.redthread.assessment.template;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import no.redthread.model.plan.PlanKind;

/**
 * The plan level a worksheet is written for. Each level has its own purpose, which decides its questions: is the
 * knowledge there (kunnskapsgrunnlag), is a plan needed (planstrategi), was every theme weighed (samfunnsdel,
 * arealplanlegging), are goals linked to measures and money (handlings- og økonomiplan), what does this case do to
 * each theme (saksbehandling).
 */
public enum PlanLevel {
    KUNNSKAPSGRUNNLAG("kunnskapsgrunnlag", EnumSet.of(PlanKind.KUNNSKAPSGRUNNLAG)),
    PLANSTRATEGI("planstrategi", EnumSet.of(PlanKind.PLANSTRATEGI)),
    /** The community part, with its land-use strategy (arealstrategi); also thematic municipal sub-plans. */
    SAMFUNNSDEL("samfunnsdel", EnumSet.of(PlanKind.SAMFUNNSDEL, PlanKind.TEMATISK_KOMMUNEDELPLAN)),
    /** Land-use planning: the land-use part (arealdel) and zoning plans (reguleringsplan). */
    AREALPLANLEGGING("arealplanlegging", EnumSet.of(PlanKind.AREALDEL, PlanKind.REGULERINGSPLAN)),
    /** The action and economy plan, and the documents that follow it up (unit plans, annual report). */
    HANDLINGS_OG_OKONOMIPLAN("handlings-og-okonomiplan",
            EnumSet.of(PlanKind.HANDLINGS_OG_OKONOMIPLAN, PlanKind.VIRKSOMHETSPLAN, PlanKind.ARSMELDING)),
    SAKSBEHANDLING("saksbehandling", EnumSet.of(PlanKind.SAKSBEHANDLING)),
    REGIONAL_PLANSTRATEGI("regional-planstrategi", EnumSet.of(PlanKind.REGIONAL_PLANSTRATEGI)),
    REGIONAL_PLAN("regional-plan", EnumSet.of(PlanKind.REGIONAL_PLAN));

    private final String key;
    private final Set<PlanKind> planKinds;

    PlanLevel(String key, Set<PlanKind> planKinds) {
        this.key = key;
        this.planKinds = Set.copyOf(planKinds);
    }

    /** The key used in template files, e.g. {@code "handlings-og-okonomiplan"}. */
    public String key() {
        return key;
    }

    /** The plan kinds of the shared model that are assessed with worksheets of this level. */
    public Set<PlanKind> planKinds() {
        return planKinds;
    }

    /** The level with the given template-file key. */
    public static Optional<PlanLevel> fromKey(String key) {
        return Arrays.stream(values()).filter(level -> level.key.equals(key)).findFirst();
    }

    /** The level whose worksheets assess plans of the given kind. */
    public static PlanLevel of(PlanKind kind) {
        return Arrays.stream(values()).filter(level -> level.planKinds.contains(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan level for " + kind));
    }
}
