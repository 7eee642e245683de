package no.redthread.workspace.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.OrganisationKind;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.PlanSystem;

/**
 * The plan system of a new municipal workspace: the organisation, one draft plan per step of the
 * red thread (DOMAIN.md), each following the plan it builds on, and the sustainability frame.
 * Ids are readable and stable ({@code plan-samfunnsdel}), since there is one plan of each step.
 */
final class Skeleton {

    /** The ten steps in order, with their Norwegian names and the step each one follows (null: none). */
    private record Step(PlanKind kind, String name, PlanKind follows) {
    }

    private static final Step[] STEPS = {
        new Step(PlanKind.KUNNSKAPSGRUNNLAG, "Kunnskapsgrunnlag", null),
        new Step(PlanKind.PLANSTRATEGI, "Kommunal planstrategi", PlanKind.KUNNSKAPSGRUNNLAG),
        new Step(PlanKind.SAMFUNNSDEL, "Kommuneplanens samfunnsdel", PlanKind.PLANSTRATEGI),
        new Step(PlanKind.HANDLINGS_OG_OKONOMIPLAN, "Handlings- og økonomiplan med årsbudsjett", PlanKind.SAMFUNNSDEL),
        // the arealdel follows the arealstrategi, which is part of the samfunnsdel
        new Step(PlanKind.AREALDEL, "Kommuneplanens arealdel", PlanKind.SAMFUNNSDEL),
        new Step(PlanKind.REGULERINGSPLAN, "Reguleringsplan", PlanKind.AREALDEL),
        // thematic plans make samfunnsdel goals concrete
        new Step(PlanKind.TEMATISK_KOMMUNEDELPLAN, "Tematisk kommunedelplan", PlanKind.SAMFUNNSDEL),
        // units steer by what the action plan funds, and the annual report accounts for it
        new Step(PlanKind.VIRKSOMHETSPLAN, "Virksomhetsplaner", PlanKind.HANDLINGS_OG_OKONOMIPLAN),
        new Step(PlanKind.ARSMELDING, "Rapportering og årsmelding", PlanKind.HANDLINGS_OG_OKONOMIPLAN),
        // a case document relates the case to the goals of the overall plans
        new Step(PlanKind.SAKSBEHANDLING, "Saksbehandling", PlanKind.SAMFUNNSDEL),
    };

    private Skeleton() {
    }

    /** @param catalogue the catalogue service for the frame, or null: then the frame is left out */
    static PlanSystem create(Municipality municipality, CatalogueService catalogue, LocalDate today) {
        PlanFactory factory = PlanFactory.eINSTANCE;
        PlanSystem system = factory.createPlanSystem();
        system.setId("plansystem-" + municipality.number());
        system.setName(municipality.name());
        system.setOrganisation(organisation(municipality));
        String period = electionPeriod(today);
        Map<PlanKind, Plan> plans = new EnumMap<>(PlanKind.class);
        for (Step step : STEPS) {
            Plan plan = factory.createPlan();
            plan.setId("plan-" + step.kind().getName().toLowerCase(Locale.ROOT).replace('_', '-'));
            plan.setName(step.name());
            plan.setKind(step.kind());
            plan.setStatus(PlanStatus.DRAFT);
            plan.setElectionPeriod(period);
            plan.setFollows(step.follows() == null ? null : plans.get(step.follows()));
            plans.put(step.kind(), plan);
            system.getPlans().add(plan);
        }
        if (catalogue != null) {
            system.setFrame(catalogue.createFrame());
        }
        return system;
    }

    private static Organisation organisation(Municipality municipality) {
        Organisation organisation = PlanFactory.eINSTANCE.createOrganisation();
        organisation.setId("org-" + municipality.number());
        organisation.setNumber(municipality.number());
        organisation.setName(municipality.name());
        organisation.setKind(OrganisationKind.MUNICIPALITY);
        organisation.setCountyNumber(municipality.countyNumber());
        return organisation;
    }

    /**
     * The council period under way: municipal elections are held every four years in September
     * (2023, 2027, ...) and the new council takes over in October.
     */
    static String electionPeriod(LocalDate today) {
        int sinceFirst = Math.floorMod(today.getYear() - 2023, 4);
        int start = today.getYear() - sinceFirst;
        if (sinceFirst == 0 && today.getMonthValue() < 10) {
            start -= 4;
        }
        return start + "-" + (start + 4);
    }
}
