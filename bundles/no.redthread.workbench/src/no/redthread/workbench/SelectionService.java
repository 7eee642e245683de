package no.redthread.workbench;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The workbench-wide selection: parts publish what the user selected, others listen. Listeners are
 * called on the thread that publishes (the UI thread for parts).
 */
public interface SelectionService {

    /** Publishes the selection of a part; an empty list clears it. */
    void publish(String partId, List<?> selection);

    /** The most recent selection of any part. */
    List<?> current();

    /** The part that published the current selection, or null. */
    String currentSource();

    /** Registers a listener called with (part id, selection); returns a handle that removes it. */
    AutoCloseable addListener(BiConsumer<String, List<?>> listener);
}
