package no.redthread.dilemma.matrix.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;

import no.redthread.dilemma.matrix.ui.MatrixDocument;

/**
 * The matrix the editor and the analysis share: at first the 17 SDGs (ids 1 to 17) with one empty participant layer,
 * until a CSV with other items is opened. Tells its listeners when the document is replaced or changes.
 */
@Component(service = MatrixSession.class)
public final class MatrixSession {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private MatrixDocument document;
    private AutoCloseable watch;

    public MatrixSession() {
        replace(new MemoryMatrixDocument(IntStream.rangeClosed(1, 17).mapToObj(Integer::toString).toList(),
                List.of(Messages.get("participant.first"))));
    }

    public MatrixDocument document() {
        return document;
    }

    /** Puts another document in place of this one (its undo history goes with it). */
    public void replace(MatrixDocument newDocument) {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        document = newDocument;
        watch = document.addListener(this::changed);
        changed();
    }

    /** Tells the listener when the document changes or is replaced; returns a handle that removes it. */
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
