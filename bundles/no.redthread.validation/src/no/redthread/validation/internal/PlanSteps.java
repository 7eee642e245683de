package no.redthread.validation.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.redthread.model.plan.PlanKind;

/**
 * Which kinds of plan each step of the red thread follows up (DOMAIN.md, "The plan system and den røde tråden"),
 * the expected kind first. A kind that is missing here starts a thread and needs no predecessor.
 */
final class PlanSteps {

    private static final Map<PlanKind, List<PlanKind>> PREDECESSORS = new EnumMap<>(PlanKind.class);

    static {
        // the planning strategy is made from the knowledge base of the last election period
        PREDECESSORS.put(PlanKind.PLANSTRATEGI, List.of(PlanKind.KUNNSKAPSGRUNNLAG));
        // the strategy decides which plans to revise, the community part first among them
        PREDECESSORS.put(PlanKind.SAMFUNNSDEL, List.of(PlanKind.PLANSTRATEGI));
        // the action plan is the action part of the kommuneplan
        PREDECESSORS.put(PlanKind.HANDLINGS_OG_OKONOMIPLAN, List.of(PlanKind.SAMFUNNSDEL));
        // the land-use part follows the community part's arealstrategi
        PREDECESSORS.put(PlanKind.AREALDEL, List.of(PlanKind.SAMFUNNSDEL));
        PREDECESSORS.put(PlanKind.REGULERINGSPLAN, List.of(PlanKind.AREALDEL));
        // thematic plans make the community part's goals concrete
        PREDECESSORS.put(PlanKind.TEMATISK_KOMMUNEDELPLAN, List.of(PlanKind.SAMFUNNSDEL));
        // unit plans carry out what the action plan (or a thematic plan) funds
        PREDECESSORS.put(PlanKind.VIRKSOMHETSPLAN, List.of(PlanKind.HANDLINGS_OG_OKONOMIPLAN, PlanKind.SAMFUNNSDEL,
                PlanKind.TEMATISK_KOMMUNEDELPLAN));
        // the annual report reports on the action plan's measures and the goals behind them
        PREDECESSORS.put(PlanKind.ARSMELDING, List.of(PlanKind.HANDLINGS_OG_OKONOMIPLAN, PlanKind.SAMFUNNSDEL));
        // case documents relate each case to the goals of the overall plans
        PREDECESSORS.put(PlanKind.SAKSBEHANDLING, List.of(PlanKind.SAMFUNNSDEL, PlanKind.HANDLINGS_OG_OKONOMIPLAN,
                PlanKind.TEMATISK_KOMMUNEDELPLAN, PlanKind.AREALDEL));
        // the regional level mirrors the municipal one
        PREDECESSORS.put(PlanKind.REGIONAL_PLANSTRATEGI, List.of(PlanKind.KUNNSKAPSGRUNNLAG));
        PREDECESSORS.put(PlanKind.REGIONAL_PLAN, List.of(PlanKind.REGIONAL_PLANSTRATEGI));
    }

    private PlanSteps() {
    }

    /** The kinds a plan of this kind may follow up, the expected one first; empty if it starts a thread. */
    static List<PlanKind> predecessorsOf(PlanKind kind) {
        return PREDECESSORS.getOrDefault(kind, List.of());
    }
}
