package no.redthread.demo.internal;

import static no.redthread.model.plan.PlanStatus.ADOPTED;
import static no.redthread.model.plan.PlanStatus.DRAFT;
import static no.redthread.model.plan.PlanStatus.ON_HEARING;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.redthread.demo.DemoPlanSystem;
import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.OrganisationKind;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;

/**
 * Puts the demo together: Røros (5025, Trøndelag), its ten red-thread plans of the 2023–2027 election period (the
 * knowledge base from the end of the previous one), the community part's goals, the action plan's measures and budget
 * lines, and five cases. Dates and statuses are plausible, not real.
 */
final class RorosDemo {

    private static final String PERIOD = "2023-2027";

    private RorosDemo() {
    }

    static PlanSystem build(Frame frame) {
        Objects.requireNonNull(frame, "frame");
        DemoFactory make = new DemoFactory(frame);
        PlanSystem system = PlanFactory.eINSTANCE.createPlanSystem();
        system.setId(ModelIds.newId("plansystem"));
        Organisation organisation = organisation();
        // one name everywhere (tree, window title): the register's, as a new workspace's skeleton has it
        system.setName(organisation.getName() + " – " + DemoPlanSystem.ILLUSTRATIVE_NOTE);
        system.setOrganisation(organisation);
        system.setFrame(frame);

        Plan knowledge = make.plan(PlanKind.KUNNSKAPSGRUNNLAG, "Kunnskapsgrunnlag for kommunal planstrategi 2024–2027",
                "2019-2023", ADOPTED, LocalDate.of(2023, 6, 22), null);
        Plan strategy = make.plan(PlanKind.PLANSTRATEGI, "Kommunal planstrategi 2024–2027", PERIOD, ADOPTED,
                LocalDate.of(2024, 6, 20), knowledge);
        Plan community = make.plan(PlanKind.SAMFUNNSDEL, "Kommuneplanens samfunnsdel 2025–2037", PERIOD, ADOPTED,
                LocalDate.of(2025, 2, 27), strategy);
        Plan action = make.plan(PlanKind.HANDLINGS_OG_OKONOMIPLAN,
                "Handlings- og økonomiplan 2026–2029 med årsbudsjett 2026", PERIOD, ADOPTED, LocalDate.of(2025, 12, 11),
                community);
        Plan landUse = make.plan(PlanKind.AREALDEL, "Kommuneplanens arealdel 2026–2038", PERIOD, ON_HEARING, null,
                community);
        Plan zoning = make.plan(PlanKind.REGULERINGSPLAN, "Detaljregulering for boligfelt ved Gjøsvika", PERIOD, DRAFT,
                null, landUse);
        Plan climate = make.plan(PlanKind.TEMATISK_KOMMUNEDELPLAN, "Kommunedelplan for klima og energi 2025–2035", PERIOD,
                ADOPTED, LocalDate.of(2025, 9, 25), community);
        // deliberate break: the unit plan was written without naming the plan it carries out
        Plan unit = make.plan(PlanKind.VIRKSOMHETSPLAN, "Virksomhetsplan 2026 for helse og omsorg", PERIOD, ADOPTED,
                LocalDate.of(2026, 1, 30), null);
        Plan report = make.plan(PlanKind.ARSMELDING, "Årsmelding 2025", PERIOD, ADOPTED, LocalDate.of(2026, 6, 18),
                community);
        Plan caseWork = make.plan(PlanKind.SAKSBEHANDLING, "Saksframlegg med bærekraftsvurdering (mal og rutine)", PERIOD,
                ADOPTED, LocalDate.of(2025, 4, 24), community);
        system.getPlans().addAll(List.of(knowledge, strategy, community, action, landUse, zoning, climate, unit, report,
                caseWork));

        Map<GoalArea, Goal> goals = RorosGoals.addTo(community, make);
        RorosMeasures.addTo(system, action, goals, make);
        cases(system, goals, make);
        return system;
    }

    private static Organisation organisation() {
        // as the 2024 register (Kartverket) has it, and with the catalogue service's id scheme
        Organisation organisation = PlanFactory.eINSTANCE.createOrganisation();
        organisation.setId("org-" + DemoPlanSystem.MUNICIPALITY_NUMBER);
        organisation.setNumber(DemoPlanSystem.MUNICIPALITY_NUMBER);
        organisation.setName("Rosse - Røros");
        organisation.setKind(OrganisationKind.MUNICIPALITY);
        organisation.setCountyNumber("50");
        return organisation;
    }

    private static void cases(PlanSystem system, Map<GoalArea, Goal> goals, DemoFactory make) {
        system.getCases().add(make.sak("Handlings- og økonomiplan 2026–2029 og årsbudsjett 2026",
                LocalDate.of(2025, 12, 11), "Kommunestyret",
                List.of(goals.get(GoalArea.CLIMATE), goals.get(GoalArea.CHILDHOOD), goals.get(GoalArea.RECRUITMENT))));
        system.getCases().add(make.sak("Tilskudd fra næringsfondet til foredlingsanlegg for lokalmat",
                LocalDate.of(2026, 3, 12), "Formannskapet", List.of(goals.get(GoalArea.BUSINESS))));
        system.getCases().add(make.sak("Kommuneplanens arealdel 2026–2038: utlegging til offentlig ettersyn",
                LocalDate.of(2026, 4, 23), "Formannskapet",
                List.of(goals.get(GoalArea.NATURE), goals.get(GoalArea.HOUSING), goals.get(GoalArea.CLIMATE))));
        system.getCases().add(make.sak("Plan for psykisk helse og rus 2026–2029", LocalDate.of(2026, 6, 18),
                "Kommunestyret", List.of(goals.get(GoalArea.HEALTH), goals.get(GoalArea.INCLUSION))));
        // deliberate break: a case document that does not say which goals the case affects
        system.getCases().add(make.sak("Innkjøp av ny tankbil til brann- og redningstjenesten", LocalDate.of(2026, 9, 17),
                "Formannskapet", List.of()));
    }
}
