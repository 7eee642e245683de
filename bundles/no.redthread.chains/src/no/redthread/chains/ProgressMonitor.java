package no.redthread.chains;

/**
 * Progress and cancellation of a run. A step reports its work and calls {@link #checkCancelled()} between units of
 * work, so that a long step stops soon after the user cancels. Implementations are thread-safe.
 */
public interface ProgressMonitor {

    /** A monitor that shows nothing and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void task(String name, int work) {
        }

        @Override
        public void worked(int work) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** A new task (the runner calls it per step with the step's name; a step may call it for its parts). */
    void task(String name, int work);

    void worked(int work);

    boolean isCancelled();

    /** @throws ChainCancelledException if the run was cancelled */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ChainCancelledException();
        }
    }
}
