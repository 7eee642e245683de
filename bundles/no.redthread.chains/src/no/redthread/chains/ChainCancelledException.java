package no.redthread.chains;

/** Thrown by {@link ProgressMonitor#checkCancelled()} when the run was cancelled; the runner stops the chain. */
public final class ChainCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChainCancelledException() {
        super("cancelled");
    }
}
