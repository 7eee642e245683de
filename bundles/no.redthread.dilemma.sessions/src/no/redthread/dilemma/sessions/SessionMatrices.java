package no.redthread.dilemma.sessions;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.sessions.model.Matrix;
import no.redthread.dilemma.sessions.model.MatrixItem;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Score;
import no.redthread.dilemma.sessions.model.Session;

/**
 * A session's matrix as the dilemma matrix bundle's {@link InteractionMatrix}, so its group medians, disagreements
 * and {@code MatrixAnalysis} run on what the group scored. Participants are named there by their ids (names may
 * repeat).
 */
public final class SessionMatrices {

    private SessionMatrices() {
    }

    /**
     * The session's scores as an interaction matrix over its items, in item order. A score that cannot be part of
     * one (no participant, an item not in the matrix, outside −3…3, an item on itself: possible only in a file
     * edited by hand) is left out of the view; the model keeps it.
     *
     * @throws IllegalArgumentException if the session has no matrix or its item ids repeat
     */
    public static InteractionMatrix toInteractionMatrix(Session session) {
        Matrix matrix = matrix(session);
        List<String> items = itemIds(matrix);
        Set<String> known = Set.copyOf(items);
        InteractionMatrix.Builder builder = InteractionMatrix.builder(items);
        for (Score score : matrix.getScores()) {
            if (usable(score, known)) {
                builder.score(score.getParticipant().getId(), score.getRow(), score.getColumn(), score.getValue(),
                        score.getReason());
            }
        }
        return builder.build();
    }

    /** The ids of the matrix's items, in order. */
    public static List<String> itemIds(Matrix matrix) {
        return matrix.getItems().stream().map(MatrixItem::getId).toList();
    }

    /** A participant's score of a cell in the session's matrix, if they gave one. */
    public static Optional<Score> score(Matrix matrix, Participant participant, String row, String column) {
        return matrix.getScores().stream().filter(score -> score.getParticipant() == participant
                && row.equals(score.getRow()) && column.equals(score.getColumn())).findFirst();
    }

    static Matrix matrix(Session session) {
        if (session.getMatrix() == null) {
            throw new IllegalArgumentException("the session '" + session.getTitle() + "' has no matrix");
        }
        return session.getMatrix();
    }

    private static boolean usable(Score score, Set<String> known) {
        return score.getParticipant() != null && score.getParticipant().getId() != null
                && known.contains(score.getRow()) && known.contains(score.getColumn())
                && !score.getRow().equals(score.getColumn())
                && score.getValue() >= no.redthread.dilemma.matrix.Score.MIN
                && score.getValue() <= no.redthread.dilemma.matrix.Score.MAX;
    }
}
