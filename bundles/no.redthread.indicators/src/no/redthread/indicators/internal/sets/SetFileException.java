package no.redthread.indicators.internal.sets;

import no.redthread.workbench.LocalizedText;

/** A fault in an indicator set file, with the JSON path of the field at fault (e.g. "indicators[3].direction"). */
public final class SetFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final LocalizedText REASONS = new LocalizedText(SetFileException.class.getPackageName() + ".reasons", SetFileException.class);

    private final String field;

    SetFileException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The JSON path of the field at fault; {@code "(file)"} for the file as a whole. */
    public String field() {
        return field;
    }

    /** This module's own reason, in the UI language (the common ones are PackReasons'). */
    static String reason(String key, Object... arguments) {
        return REASONS.get(key, arguments);
    }
}
