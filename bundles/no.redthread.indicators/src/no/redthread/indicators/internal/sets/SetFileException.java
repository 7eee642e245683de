package no.redthread.indicators.internal.sets;

/** A fault in an indicator set file, with the JSON path of the field at fault (e.g. "indicators[3].direction"). */
public final class SetFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    SetFileException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The JSON path of the field at fault; {@code "(file)"} for the file as a whole. */
    public String field() {
        return field;
    }
}
