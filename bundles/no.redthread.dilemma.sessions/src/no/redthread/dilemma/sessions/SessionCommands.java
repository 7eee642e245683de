package no.redthread.dilemma.sessions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.sessions.internal.Labelled;
import no.redthread.dilemma.sessions.model.DilemmaRegister;
import no.redthread.dilemma.sessions.model.Matrix;
import no.redthread.dilemma.sessions.model.MatrixItem;
import no.redthread.dilemma.sessions.model.MatrixItemKind;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Phase;
import no.redthread.dilemma.sessions.model.PhaseKind;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.dilemma.sessions.model.SessionsFactory;
import no.redthread.dilemma.sessions.model.SessionsPackage.Literals;
import no.redthread.model.api.ModelIds;

/**
 * The changes to a dilemma session itself (creating it, its participants, phases and matrix items), each one
 * command on the workspace's editing domain with a label in the UI language (Undo/Redo name it). The caller
 * executes it: {@code domain.getCommandStack().execute(command)}. A command that adds an object has it as its
 * result. Findings are changed through {@link FindingCommands}, scores through {@link ScoreCommands}.
 */
public final class SessionCommands {

    private static final SessionsFactory FACTORY = SessionsFactory.eINSTANCE;

    private SessionCommands() {
    }

    /**
     * A new session on a scenario: its title, one DISCUSSION phase per discussion question between the
     * introduction and reflection before and the conclusion after, and as matrix items the scenario's SDG targets
     * ({@link MatrixItemKind#SDG_TARGETS}) or themes ({@link MatrixItemKind#THEMES}), labelled by their ids.
     *
     * @throws IllegalArgumentException if the domain's workspace has no dilemma register, or for PLAN_OBJECTS
     */
    public static Command create(EditingDomain domain, Scenario scenario, MatrixItemKind items, LocalDate date) {
        Collection<String> ids = switch (items) {
            case SDG_TARGETS -> scenario.sdgTargets();
            case THEMES -> scenario.themeIds();
            case PLAN_OBJECTS -> throw new IllegalArgumentException("a scenario has no plan objects");
        };
        Session session = session(scenario.title(), date, scenario.questions());
        session.setScenarioId(scenario.id());
        session.getMatrix().setItemKind(items);
        ids.forEach(id -> session.getMatrix().getItems().add(item(id, id, null)));
        return add(domain, session, "command.create-from-scenario");
    }

    /**
     * A new session on the municipality's own case (a plan, goal, measure or case of the plan model), with one
     * open discussion phase and an empty matrix of plan objects (add items with {@link #addMatrixItem}).
     */
    public static Command create(EditingDomain domain, EObject caseObject, String title, LocalDate date) {
        return add(domain, caseSession(caseObject, title, date), "command.create-for-case");
    }

    /**
     * A new session on the municipality's own case, as {@link #create(EditingDomain, EObject, String, LocalDate)},
     * with a first finding already written; undo removes both.
     *
     * @since 1.1
     */
    public static Command create(EditingDomain domain, EObject caseObject, String title, LocalDate date,
            FindingDraft first) {
        Session session = caseSession(caseObject, title, date);
        session.getFindings().add(first.toFinding());
        return add(domain, session, "command.create-for-case");
    }

    private static Session caseSession(EObject caseObject, String title, LocalDate date) {
        Session session = session(title, date, List.of(""));
        session.setCaseObject(Objects.requireNonNull(caseObject, "caseObject"));
        session.getMatrix().setItemKind(MatrixItemKind.PLAN_OBJECTS);
        return session;
    }

    /**
     * A new session on themes that pull in opposite directions (e.g. an assessment's conflict candidates, a chain's
     * draft): one open discussion phase and the themes as matrix items ({@link MatrixItemKind#THEMES}).
     *
     * @param themes theme id → label, in the order the items get
     * @throws IllegalArgumentException if the domain's workspace has no dilemma register
     * @since 1.1
     */
    public static Command createForThemes(EditingDomain domain, String title, Map<String, String> themes,
            LocalDate date) {
        Session session = session(title, date, List.of(""));
        session.getMatrix().setItemKind(MatrixItemKind.THEMES);
        themes.forEach((id, label) -> session.getMatrix().getItems().add(item(id, label, null)));
        return add(domain, session, "command.create-for-themes");
    }

    public static Command addParticipant(EditingDomain domain, Session session, String name, String role,
            String sector) {
        Participant participant = FACTORY.createParticipant();
        participant.setId(ModelIds.newId("participant"));
        participant.setName(name);
        participant.setRole(role);
        participant.setSector(sector);
        return Labelled.command("command.add-participant",
                AddCommand.create(domain, session, Literals.SESSION__PARTICIPANTS, participant));
    }

    /** Removes a participant with their scores and dissents, which mean nothing without them. */
    public static Command removeParticipant(EditingDomain domain, Participant participant) {
        Session session = (Session) participant.eContainer();
        CompoundCommand remove = new CompoundCommand();
        if (session.getMatrix() != null) {
            session.getMatrix().getScores().stream().filter(score -> score.getParticipant() == participant)
                    .forEach(score -> remove.append(RemoveCommand.create(domain, score)));
        }
        session.getFindings().forEach(finding -> finding.getDissents().stream()
                .filter(dissent -> dissent.getParticipant() == participant)
                .forEach(dissent -> remove.append(RemoveCommand.create(domain, dissent))));
        remove.append(RemoveCommand.create(domain, session, Literals.SESSION__PARTICIPANTS, participant));
        return Labelled.command("command.remove-participant", remove);
    }

    public static Command setPhaseNotes(EditingDomain domain, Phase phase, String notes) {
        return Labelled.command("command.phase-notes", SetCommand.create(domain, phase, Literals.PHASE__NOTES, notes));
    }

    /** Adds the facilitator's timer (seconds, not negative) to the phase's total. */
    public static Command addElapsedTime(EditingDomain domain, Phase phase, int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("elapsed time cannot be negative: " + seconds);
        }
        return Labelled.command("command.phase-time", SetCommand.create(domain, phase,
                Literals.PHASE__ELAPSED_SECONDS, Math.addExact(phase.getElapsedSeconds(), seconds)));
    }

    /** Adds an item to the session's matrix; {@code planObject} may be null. */
    public static Command addMatrixItem(EditingDomain domain, Session session, String id, String label,
            EObject planObject) {
        Matrix matrix = SessionMatrices.matrix(session);
        if (id == null || id.isBlank() || matrix.getItems().stream().anyMatch(item -> id.equals(item.getId()))) {
            throw new IllegalArgumentException("matrix item ids must be unique and not blank: '" + id + "'");
        }
        return Labelled.command("command.add-matrix-item",
                AddCommand.create(domain, matrix, Literals.MATRIX__ITEMS, item(id, label, planObject)));
    }

    /** Removes an item from its session's matrix with every score of its row and column, which name it. */
    public static Command removeMatrixItem(EditingDomain domain, MatrixItem item) {
        Matrix matrix = (Matrix) item.eContainer();
        CompoundCommand remove = new CompoundCommand();
        matrix.getScores().stream().filter(score -> item.getId().equals(score.getRow())
                || item.getId().equals(score.getColumn())).forEach(score -> remove.append(RemoveCommand.create(domain,
                        score)));
        remove.append(RemoveCommand.create(domain, matrix, Literals.MATRIX__ITEMS, item));
        return Labelled.command("command.remove-matrix-item", remove);
    }

    private static Session session(String title, LocalDate date, List<String> questions) {
        Session session = FACTORY.createSession();
        session.setId(ModelIds.newId("session"));
        session.setTitle(title);
        session.setDate(date);
        session.getPhases().add(phase(PhaseKind.INTRODUCTION, null));
        session.getPhases().add(phase(PhaseKind.REFLECTION, null));
        questions.forEach(question -> session.getPhases().add(phase(PhaseKind.DISCUSSION, question)));
        session.getPhases().add(phase(PhaseKind.CONCLUSION, null));
        session.setMatrix(FACTORY.createMatrix());
        return session;
    }

    private static Phase phase(PhaseKind kind, String question) {
        Phase phase = FACTORY.createPhase();
        phase.setKind(kind);
        phase.setQuestion(question == null || question.isBlank() ? null : question);
        return phase;
    }

    private static MatrixItem item(String id, String label, EObject planObject) {
        MatrixItem item = FACTORY.createMatrixItem();
        item.setId(id);
        item.setLabel(label);
        item.setPlanObject(planObject);
        return item;
    }

    private static Command add(EditingDomain domain, Session session, String key) {
        DilemmaRegister register = DilemmaSessions.register(domain.getResourceSet()).orElseThrow(() ->
                new IllegalArgumentException("the workspace has no dilemma register (no dilemma module)"));
        return Labelled.command(key, AddCommand.create(domain, register, Literals.DILEMMA_REGISTER__SESSIONS, session));
    }
}
