package no.redthread.chains;

import java.nio.file.Path;

/**
 * What a {@link ChainBatch} tells while it runs. Called from the batch's worker threads, several folders at once,
 * so implementations are thread-safe (a UI hands the calls to its display thread).
 *
 * @since 1.1
 */
public interface BatchListener {

    /** Hears nothing and never cancels. */
    BatchListener NONE = new BatchListener() {
    };

    /** A folder is being loaded. */
    default void started(Path folder) {
    }

    /** A step of a folder's run starts, by its name in the run's language. */
    default void step(Path folder, String stepName) {
    }

    /** A folder is done (or was skipped or cancelled). */
    default void finished(BatchRow row) {
    }

    /** True to cancel: folders not started are not loaded, running ones stop before their next step. */
    default boolean isCancelled() {
        return false;
    }
}
