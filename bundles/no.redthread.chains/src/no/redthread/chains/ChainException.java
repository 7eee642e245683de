package no.redthread.chains;

/** A chain that cannot run: a step is not installed, a parameter unknown, or a step does not fit the one before. */
public final class ChainException extends Exception {

    private static final long serialVersionUID = 1L;

    public ChainException(String message) {
        super(message);
    }
}
