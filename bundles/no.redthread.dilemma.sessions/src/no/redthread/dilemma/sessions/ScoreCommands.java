package no.redthread.dilemma.sessions;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.MatrixCsv;
import no.redthread.dilemma.matrix.MatrixCsvException;
import no.redthread.dilemma.sessions.internal.Labelled;
import no.redthread.dilemma.sessions.model.Matrix;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Score;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.dilemma.sessions.model.SessionsFactory;
import no.redthread.dilemma.sessions.model.SessionsPackage.Literals;

/**
 * The changes to a session's matrix scores, each one command on the workspace's editing domain with a label in the
 * UI language. A participant has at most one score per cell (row affects column); setting it again replaces it.
 */
public final class ScoreCommands {

    private ScoreCommands() {
    }

    /**
     * Sets a participant's score of a cell, with the reason (may be null).
     *
     * @throws IllegalArgumentException if the value is outside −3…3, an item is not in the matrix or row and column
     *         are the same item
     */
    public static Command set(EditingDomain domain, Session session, Participant participant, String row,
            String column, int value, String reason) {
        Matrix matrix = SessionMatrices.matrix(session);
        // the matrix bundle's own checks (scale, known items, no item on itself), so both refuse the same scores
        InteractionMatrix.builder(SessionMatrices.itemIds(matrix)).score(participant.getId(), row, column, value, reason);
        return Labelled.command("command.set-score", cell(domain, matrix, participant, row, column, value, reason));
    }

    /** Removes a participant's score of a cell; unexecutable when there is none. */
    public static Command clear(EditingDomain domain, Session session, Participant participant, String row,
            String column) {
        Optional<Score> score = SessionMatrices.score(SessionMatrices.matrix(session), participant, row, column);
        return Labelled.command("command.clear-score", score.map(given -> RemoveCommand.create(domain, given))
                .orElse(UnexecutableCommand.INSTANCE));
    }

    /**
     * One participant's scores from a matrix CSV file ({@link MatrixCsv}) as ONE command: every cell between the
     * file's items is set to the file's value, or cleared where the file leaves it empty; cells of items the file
     * does not name stay as they are. The file has no reasons: a reason already given stays with its cell. The
     * file is read and checked before any command exists, so a faulty file changes nothing.
     *
     * @throws MatrixCsvException at the file's first fault, naming file, row and column
     */
    public static Command importCsv(EditingDomain domain, Session session, Participant participant, Path file)
            throws MatrixCsvException {
        Matrix matrix = SessionMatrices.matrix(session);
        InteractionMatrix imported = MatrixCsv.read(file, participant.getId(),
                Set.copyOf(SessionMatrices.itemIds(matrix)));
        CompoundCommand cells = new CompoundCommand();
        List<String> items = imported.items();
        for (String row : items) {
            for (String column : items) {
                if (row.equals(column)) {
                    continue;
                }
                Optional<no.redthread.dilemma.matrix.Score> given = imported.score(participant.getId(), row, column);
                Optional<Score> existing = SessionMatrices.score(matrix, participant, row, column);
                if (given.isPresent()) {
                    String reason = existing.map(Score::getReason).orElse(null);
                    cells.append(cell(domain, matrix, participant, row, column, given.get().value(), reason));
                } else if (existing.isPresent()) {
                    cells.append(RemoveCommand.create(domain, existing.get()));
                }
            }
        }
        return Labelled.command("command.import-matrix", cells);
    }

    private static Command cell(EditingDomain domain, Matrix matrix, Participant participant, String row,
            String column, int value, String reason) {
        Optional<Score> existing = SessionMatrices.score(matrix, participant, row, column);
        if (existing.isPresent()) {
            CompoundCommand change = new CompoundCommand();
            change.append(SetCommand.create(domain, existing.get(), Literals.SCORE__VALUE, value));
            change.append(SetCommand.create(domain, existing.get(), Literals.SCORE__REASON, reason));
            return change;
        }
        Score score = SessionsFactory.eINSTANCE.createScore();
        score.setRow(row);
        score.setColumn(column);
        score.setParticipant(participant);
        score.setValue(value);
        score.setReason(reason);
        return AddCommand.create(domain, matrix, Literals.MATRIX__SCORES, score);
    }
}
