package no.redthread.dilemma.matrix.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;
import no.redthread.workbench.UndoContext;

/**
 * A matrix document in memory: an array of cells per participant, changed by commands on an EMF command stack, so
 * undo works as it does for the workspace until a session model takes over.
 */
public final class MemoryMatrixDocument implements MatrixDocument {

    private final List<String> items;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Score[]> layers = new LinkedHashMap<>();
    private final BasicCommandStack stack = new BasicCommandStack();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private InteractionMatrix matrix;

    public MemoryMatrixDocument(List<String> items, List<String> participants) {
        this.items = List.copyOf(items);
        this.items.forEach(item -> index.put(item, index.size()));
        participants.forEach(this::layer);
        stack.addCommandStackListener(event -> {
            matrix = null;
            listeners.forEach(Runnable::run);
        });
    }

    @Override
    public List<String> items() {
        return items;
    }

    @Override
    public List<String> participants() {
        return List.copyOf(layers.keySet());
    }

    @Override
    public Optional<Score> score(String participant, String row, String column) {
        Score[] layer = layers.get(participant);
        return layer == null ? Optional.empty() : Optional.ofNullable(layer[cell(row, column)]);
    }

    @Override
    public void edit(String label, List<Edit> edits) {
        stack.execute(new EditCommand(label, List.copyOf(edits)));
    }

    @Override
    public InteractionMatrix matrix() {
        if (matrix == null) {
            InteractionMatrix.Builder builder = InteractionMatrix.builder(items);
            int n = items.size();
            layers.forEach((participant, layer) -> {
                for (int cell = 0; cell < layer.length; cell++) {
                    if (layer[cell] != null) {
                        builder.score(participant, items.get(cell / n), items.get(cell % n), layer[cell].value(),
                                layer[cell].reason());
                    }
                }
            });
            matrix = builder.build();
        }
        return matrix;
    }

    @Override
    public UndoContext undoContext() {
        return new StackUndoContext(stack);
    }

    @Override
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private Score[] layer(String participant) {
        return layers.computeIfAbsent(participant, p -> new Score[items.size() * items.size()]);
    }

    private int cell(String row, String column) {
        Integer r = index.get(row);
        Integer c = index.get(column);
        if (r == null || c == null || r.equals(c)) {
            throw new IllegalArgumentException("no cell " + row + " → " + column);
        }
        return r * items.size() + c;
    }

    /** Sets the cells and remembers what they held, so undo restores them and removes layers it added. */
    private final class EditCommand extends AbstractCommand {

        private final List<Edit> edits;
        private final List<Score> before = new ArrayList<>();
        private final List<String> added = new ArrayList<>();

        EditCommand(String label, List<Edit> edits) {
            super(label);
            this.edits = edits;
        }

        @Override
        protected boolean prepare() {
            edits.forEach(edit -> cell(edit.row(), edit.column()));
            return !edits.isEmpty();
        }

        @Override
        public void execute() {
            before.clear();
            added.clear();
            for (Edit edit : edits) {
                if (!layers.containsKey(edit.participant())) {
                    added.add(edit.participant());
                }
                Score[] layer = layer(edit.participant());
                int cell = cell(edit.row(), edit.column());
                before.add(layer[cell]);
                layer[cell] = edit.score();
            }
        }

        @Override
        public void undo() {
            for (int i = edits.size() - 1; i >= 0; i--) {
                Edit edit = edits.get(i);
                layers.get(edit.participant())[cell(edit.row(), edit.column())] = before.get(i);
            }
            added.forEach(layers::remove);
        }

        @Override
        public void redo() {
            execute();
        }
    }
}
