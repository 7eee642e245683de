package no.redthread.funding;

/** Deadline windows relative to a day. A scheme can fall in several (a deadline in 20 days is in 30, 90 and 365). */
public enum DeadlineWindow {
    /** Takes applications now: continuous, or a deadline ahead in the current round. */
    OPEN_NOW("open-now"),
    WITHIN_30_DAYS("30"),
    WITHIN_90_DAYS("90"),
    WITHIN_365_DAYS("365"),
    CONTINUOUS("continuous"),
    UNKNOWN("unknown");

    private final String code;

    DeadlineWindow(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
