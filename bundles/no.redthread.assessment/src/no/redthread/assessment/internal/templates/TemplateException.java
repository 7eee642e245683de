package no.redthread.assessment.internal.templates;

/** A fault in a template file, with the path of the field at fault. */
final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    TemplateException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
