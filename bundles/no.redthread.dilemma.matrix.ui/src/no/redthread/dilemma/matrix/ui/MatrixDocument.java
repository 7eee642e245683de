package no.redthread.dilemma.matrix.ui;

import java.util.List;
import java.util.Optional;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.Score;
import no.redthread.workbench.UndoContext;

/**
 * The scores the matrix editor shows and edits: items (row affects column) and participants, each participant's
 * layer of scores. Every change is one undoable step of {@link #undoContext()}.
 */
public interface MatrixDocument {

    /** One cell of one participant's layer set to a score, or cleared when the score is null. */
    record Edit(String participant, String row, String column, Score score) {
    }

    List<String> items();

    /** The participants' layers, in the order they were added (a layer may still be empty). */
    List<String> participants();

    /** The name a participant's layer is shown by; the key itself unless the document knows better. */
    default String participantName(String participant) {
        return participant;
    }

    Optional<Score> score(String participant, String row, String column);

    /** Applies the edits as one undoable step named by the label; a new participant gets a layer. */
    void edit(String label, List<Edit> edits);

    /** The scores as they are now, for the group median, disagreements and the analysis. */
    InteractionMatrix matrix();

    /** The undo history of the document's own changes; null when they go to the workbench's global undo. */
    UndoContext undoContext();

    /** Tells the listener after every change, undo and redo; returns a handle that removes it. */
    AutoCloseable addListener(Runnable listener);
}
