package no.redthread.dilemma.matrix.ui.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import no.redthread.dilemma.matrix.Disagreement;
import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.ui.MatrixDocument;

/**
 * What the editor shows of a document: one participant's layer (editable) or the group median (read-only, null
 * participant), and the cells where participants disagree. Taken once per change of the document.
 */
final class Layer {

    private final MatrixDocument document;
    private final String participant;
    private final List<String> items;
    private final InteractionMatrix matrix;
    private final BitSet disagreements = new BitSet();

    Layer(MatrixDocument document, String participant) {
        this.document = document;
        this.participant = participant;
        this.items = document.items();
        this.matrix = document.matrix();
        Map<String, Integer> index = new HashMap<>();
        items.forEach(item -> index.put(item, index.size()));
        for (Disagreement disagreement : matrix.disagreements()) {
            disagreements.set(index.get(disagreement.row()) * items.size() + index.get(disagreement.column()));
        }
    }

    /** The participant whose layer this is; null for the group median. */
    String participant() {
        return participant;
    }

    boolean editable() {
        return participant != null;
    }

    int size() {
        return items.size();
    }

    String item(int index) {
        return items.get(index);
    }

    OptionalDouble value(int row, int column) {
        if (row == column) {
            return OptionalDouble.empty();
        }
        if (participant == null) {
            return matrix.median(items.get(row), items.get(column));
        }
        return document.score(participant, items.get(row), items.get(column))
                .map(score -> OptionalDouble.of(score.value())).orElse(OptionalDouble.empty());
    }

    /** The reason this layer's participant gave, or empty. */
    String reason(int row, int column) {
        if (participant == null || row == column) {
            return "";
        }
        return document.score(participant, items.get(row), items.get(column)).map(s -> s.reason()).orElse("");
    }

    boolean disagreement(int row, int column) {
        return disagreements.get(row * items.size() + column);
    }

    MatrixDocument document() {
        return document;
    }
}
