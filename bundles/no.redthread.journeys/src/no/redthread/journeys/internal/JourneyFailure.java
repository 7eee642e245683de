package no.redthread.journeys.internal;

/** A check in a journey that did not hold: which step, what the user should have seen and what was there. */
public final class JourneyFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JourneyFailure(String message) {
        super(message);
    }

    public JourneyFailure(String message, Throwable cause) {
        super(message, cause);
    }

    static JourneyFailure expected(String expected, Object seen) {
        return new JourneyFailure("expected " + expected + ", saw " + seen);
    }
}
