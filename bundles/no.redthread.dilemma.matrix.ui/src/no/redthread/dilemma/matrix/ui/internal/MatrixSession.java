package no.redthread.dilemma.matrix.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;

import no.redthread.dilemma.matrix.ui.MatrixDocument;
import no.redthread.dilemma.matrix.ui.ShownMatrix;

/**
 * The matrix the editor and the analysis share: at first their own, the 17 SDGs (ids 1 to 17) with one empty
 * participant layer, until a module shows another document or a CSV with other items is opened. Tells its listeners
 * when the document is replaced or changes.
 */
@Component(service = { MatrixSession.class, ShownMatrix.class })
public final class MatrixSession implements ShownMatrix {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private MatrixDocument document;
    private AutoCloseable watch;

    public MatrixSession() {
        show(ownMatrix());
    }

    private static MatrixDocument ownMatrix() {
        return new MemoryMatrixDocument(IntStream.rangeClosed(1, 17).mapToObj(Integer::toString).toList(),
                List.of(Messages.get("participant.first")));
    }

    @Override
    public MatrixDocument document() {
        return document;
    }

    @Override
    public void release(MatrixDocument shown) {
        if (shown == document) {
            show(ownMatrix());
        }
    }

    /** Puts another document in place of this one (its undo history goes with it). */
    @Override
    public void show(MatrixDocument newDocument) {
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
