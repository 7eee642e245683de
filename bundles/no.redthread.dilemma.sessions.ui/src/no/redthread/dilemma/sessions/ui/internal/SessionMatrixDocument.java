package no.redthread.dilemma.sessions.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;
import no.redthread.dilemma.sessions.ScoreCommands;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.SessionMatrices;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.workbench.UndoContext;

/**
 * A session's matrix as the matrix editor's document: the layers are the session's participants (keyed by id,
 * shown by name) and every change is one {@link ScoreCommands} command on the workspace's editing domain, so the
 * workbench's Undo and Redo cover the scores like every other change and saving the workspace keeps them.
 */
final class SessionMatrixDocument implements MatrixDocument {

    private final EditingDomain domain;
    private final Session session;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = event -> changed();
    private Map<String, Score> scores;
    private InteractionMatrix matrix;

    SessionMatrixDocument(EditingDomain domain, Session session) {
        this.domain = domain;
        this.session = session;
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    Session session() {
        return session;
    }

    /** Stops following the workspace's changes. */
    void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
    }

    @Override
    public List<String> items() {
        return SessionMatrices.itemIds(session.getMatrix());
    }

    @Override
    public List<String> participants() {
        return session.getParticipants().stream().map(Participant::getId).toList();
    }

    @Override
    public String participantName(String participant) {
        return find(participant).map(Participant::getName).filter(name -> name != null && !name.isBlank())
                .orElse(Messages.get("participant.unnamed"));
    }

    @Override
    public Optional<Score> score(String participant, String row, String column) {
        if (scores == null) {
            scores = new HashMap<>();
            session.getMatrix().getScores().stream().filter(score -> score.getParticipant() != null)
                    .forEach(score -> scores.put(key(score.getParticipant().getId(), score.getRow(),
                            score.getColumn()), new Score(score.getValue(), score.getReason())));
        }
        return Optional.ofNullable(scores.get(key(participant, row, column)));
    }

    /** The edits as one command; a participant the session does not know (a CSV named for them) is added. */
    @Override
    public void edit(String label, List<Edit> edits) {
        CompoundCommand command = new CompoundCommand(label);
        Map<String, Participant> added = new HashMap<>();
        for (Edit edit : edits) {
            Participant participant = find(edit.participant()).orElseGet(() -> added.computeIfAbsent(
                    edit.participant(), name -> add(command, name)));
            command.append(edit.score() == null
                    ? ScoreCommands.clear(domain, session, participant, edit.row(), edit.column())
                    : ScoreCommands.set(domain, session, participant, edit.row(), edit.column(),
                            edit.score().value(), edit.score().reason()));
        }
        domain.getCommandStack().execute(command);
    }

    private Participant add(CompoundCommand command, String name) {
        Command add = SessionCommands.addParticipant(domain, session, name, null, null);
        command.append(add);
        return (Participant) add.getResult().iterator().next();
    }

    @Override
    public InteractionMatrix matrix() {
        if (matrix == null) {
            matrix = SessionMatrices.toInteractionMatrix(session);
        }
        return matrix;
    }

    @Override
    public UndoContext undoContext() {
        return null;
    }

    @Override
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private Optional<Participant> find(String id) {
        return session.getParticipants().stream().filter(p -> id.equals(p.getId())).findFirst();
    }

    private void changed() {
        scores = null;
        matrix = null;
        listeners.forEach(Runnable::run);
    }

    private static String key(String participant, String row, String column) {
        return participant + '\u0000' + row + '\u0000' + column;
    }
}
