package no.redthread.funding;

/** Bands of the most one application can get. */
public enum AmountBand {
    UNDER_500K("under-500k"), FROM_500K_TO_2M("500k-2m"), FROM_2M_TO_10M("2m-10m"), OVER_10M("over-10m"),
    UNKNOWN("unknown");

    private final String code;

    AmountBand(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
