package no.redthread.dilemma.report.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.ScoreCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Handling;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.dilemma.sessions.model.SessionsPackage;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.OrganisationKind;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * A real workspace (the product's WorkspaceService in a folder) of Osen with a goal and a measure, and a session on
 * the measure made as the session editor makes it, through commands: participants, a conflict with every field and
 * two dissents, a win-win with nothing but its description, and a matrix the two participants scored apart.
 */
final class SessionFixture implements AutoCloseable {

    static final String CONFLICT = "Vindkraft på Storheia mot reindrift og sammenhengende natur";
    static final String NOTE = "Konsesjonsvilkårene skal vurderes på nytt før høring.";
    static final String DISSENT = "Reindriftas behov er ikke veid godt nok; jeg er uenig i at vilkår er nok.";
    static final String SECOND_DISSENT = "Kraften trengs lokalt <nå> & senere.";

    final WorkspaceService service = Services.get(WorkspaceService.class);
    final Workspace workspace;
    final Goal nature;
    final Measure windPower;
    final Session session;
    final Finding conflict;

    SessionFixture(Path folder) throws Exception {
        PlanFactory factory = PlanFactory.eINSTANCE;
        PlanSystem system = factory.createPlanSystem();
        system.setId("plansystem-5020");
        system.setName("Osen");
        Organisation osen = factory.createOrganisation();
        osen.setId("org-5020");
        osen.setName("Osen kommune");
        osen.setNumber("5020");
        osen.setKind(OrganisationKind.MUNICIPALITY);
        system.setOrganisation(osen);
        Plan plan = factory.createPlan();
        plan.setId("plan-samfunnsdel");
        plan.setName("Kommuneplanens samfunnsdel 2024–2036");
        plan.setKind(PlanKind.SAMFUNNSDEL);
        system.getPlans().add(plan);
        nature = factory.createGoal();
        nature.setId("goal-nature");
        nature.setName("Ta vare på sammenhengende naturområder");
        plan.getGoals().add(nature);
        windPower = factory.createMeasure();
        windPower.setId("measure-wind");
        windPower.setName("Vindkraft på Storheia");
        plan.getMeasures().add(windPower);
        workspace = service.create(folder, system);

        EditingDomain domain = workspace.editingDomain();
        session = execute(SessionCommands.create(domain, windPower, "Storheia", LocalDate.of(2025, 3, 14)),
                Session.class);
        execute(SetCommand.create(domain, session, SessionsPackage.Literals.SESSION__FACILITATOR, "Anne Ordstyrer"));
        Participant kari = execute(SessionCommands.addParticipant(domain, session, "Kari Nordmann", "Reindriftsagronom",
                "Landbruk"), Participant.class);
        Participant ola = execute(SessionCommands.addParticipant(domain, session, "Ola Normann", "Energirådgiver",
                "Næring"), Participant.class);
        conflict = execute(FindingCommands.add(domain, session, FindingKind.CONFLICT, CONFLICT), Finding.class);
        execute(FindingCommands.setPulls(domain, conflict, List.of("7.2"), List.of("15.5")));
        execute(FindingCommands.setConcerns(domain, conflict, List.of(windPower, nature)));
        execute(FindingCommands.setHandling(domain, conflict, Handling.FURTHER_STUDY, NOTE));
        execute(FindingCommands.setFundingSchemes(domain, conflict, List.of("klimasats")));
        execute(FindingCommands.setFollowUp(domain, conflict, "Planavdelingen", LocalDate.of(2025, 6, 1)));
        execute(FindingCommands.addDissent(domain, conflict, kari, DISSENT));
        execute(FindingCommands.addDissent(domain, conflict, ola, SECOND_DISSENT));
        execute(FindingCommands.add(domain, session, FindingKind.WIN_WIN, "Lokal kraft til fiskeoppdrett"));
        execute(SessionCommands.addMatrixItem(domain, session, "wind", "Vindkraft", windPower));
        execute(SessionCommands.addMatrixItem(domain, session, "nature", "Natur", nature));
        execute(SessionCommands.addMatrixItem(domain, session, "jobs", "Arbeidsplasser", null));
        execute(ScoreCommands.set(domain, session, kari, "wind", "nature", -3, "Fragmenterer beiteland"));
        execute(ScoreCommands.set(domain, session, ola, "wind", "nature", 0, "Avbøtende tiltak"));
        execute(ScoreCommands.set(domain, session, kari, "wind", "jobs", 2, ""));
        execute(ScoreCommands.set(domain, session, ola, "wind", "jobs", 3, ""));
        execute(ScoreCommands.set(domain, session, kari, "jobs", "nature", -1, ""));
    }

    private <T> T execute(Command command, Class<T> type) {
        execute(command);
        return type.cast(command.getResult().iterator().next());
    }

    private void execute(Command command) {
        workspace.commandStack().execute(command);
    }

    @Override
    public void close() {
        service.close();
    }
}
