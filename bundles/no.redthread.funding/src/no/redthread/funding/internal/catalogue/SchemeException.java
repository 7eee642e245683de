package no.redthread.funding.internal.catalogue;

import no.redthread.workbench.LocalizedText;

/** A fault in a scheme file, with the JSON path of the field at fault (e.g. "schemes[0].deadline.kind"). */
final class SchemeException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final LocalizedText REASONS = new LocalizedText(SchemeException.class.getPackageName() + ".reasons", SchemeException.class);

    private final String field;

    SchemeException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }

    /** This module's own reason, in the UI language (the common ones are PackReasons'). */
    static String reason(String key, Object... arguments) {
        return REASONS.get(key, arguments);
    }
}
