package no.redthread.portfolio;

/** A portfolio request that cannot be done, e.g. an unknown municipality number; the message says why. */
public class PortfolioException extends Exception {

    private static final long serialVersionUID = 1L;

    public PortfolioException(String message) {
        super(message);
    }
}
