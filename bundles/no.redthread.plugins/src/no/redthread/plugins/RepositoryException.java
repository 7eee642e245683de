package no.redthread.plugins;

/** A repository or its index that cannot be read: the message names the file or address and the problem. */
public class RepositoryException extends Exception {

    private static final long serialVersionUID = 1L;

    public RepositoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public RepositoryException(String message) {
        super(message);
    }
}
