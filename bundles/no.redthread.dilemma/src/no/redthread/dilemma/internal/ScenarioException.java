package no.redthread.dilemma.internal;

/** A fault in a scenario file, with the JSON path of the field at fault (e.g. "scenarios[0].kind"). */
final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    ScenarioException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
