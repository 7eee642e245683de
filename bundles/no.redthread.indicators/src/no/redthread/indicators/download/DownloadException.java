package no.redthread.indicators.download;

/** A download that failed, with a message for the user; {@link #offline()} tells whether the network is out of reach. */
public final class DownloadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean offline;

    public DownloadException(String message, boolean offline, Throwable cause) {
        super(message, cause);
        this.offline = offline;
    }

    /** True if the server could not be reached at all (no network, no name resolution, connection refused). */
    public boolean offline() {
        return offline;
    }
}
