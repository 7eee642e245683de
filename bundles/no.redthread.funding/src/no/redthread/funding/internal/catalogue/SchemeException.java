package no.redthread.funding.internal.catalogue;

/** A fault in a scheme file, with the JSON path of the field at fault (e.g. "schemes[0].deadline.kind"). */
final class SchemeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    SchemeException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
