package no.redthread.core.internal.catalogue;

/** A catalogue file is missing, unreadable or inconsistent; the message names the file and the problem. */
final class CatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CatalogueException(String message) {
        super(message);
    }

    CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
