package no.redthread.planning.ui.internal.parts;

/** Closing the listener handles the views hold (they remove a listener from an in-memory list). */
final class Handles {

    private Handles() {
    }

    static void close(AutoCloseable handle) {
        try {
            if (handle != null) {
                handle.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("removing a listener failed", e);
        }
    }
}
