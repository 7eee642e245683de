package no.redthread.dilemma.internal;

import no.redthread.workbench.LocalizedText;

/** A fault in a scenario file, with the JSON path of the field at fault (e.g. "scenarios[0].kind"). */
final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final LocalizedText REASONS = new LocalizedText(ScenarioException.class.getPackageName() + ".reasons", ScenarioException.class);

    private final String field;

    ScenarioException(String field, String message) {
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
