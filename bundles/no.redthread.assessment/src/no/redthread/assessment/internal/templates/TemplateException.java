package no.redthread.assessment.internal.templates;

import no.redthread.workbench.LocalizedText;

/** A fault in a template file, with the path of the field at fault. */
final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final LocalizedText REASONS = new LocalizedText(TemplateException.class.getPackageName() + ".reasons", TemplateException.class);

    private final String field;

    TemplateException(String field, String message) {
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
