package no.redthread.workspace.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import no.redthread.workbench.LocalizedText;

/**
 * Why a workspace or one of its files cannot be read, in the UI language (reasons.properties, _nb, _nn): these
 * reasons reach the user in the open dialog, the Problems view and the console.
 */
final class Reasons {

    private static final LocalizedText TEXT = new LocalizedText(Reasons.class.getPackageName() + ".reasons",
            Reasons.class);

    private Reasons() {
    }

    static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }

    /** A JSON syntax error in words, not Jackson's English: the file ended early, a character, or plain invalid. */
    static String json(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return get("json.endOfInput");
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Unexpected character ('") && original.length() > 24) {
            int end = original.indexOf('\'', 24);
            String character = original.substring(23, end < 0 ? 24 : end);
            return get(original.contains("expecting comma") ? "json.missingComma" : "json.unexpectedCharacter",
                    character);
        }
        return get("json.invalid");
    }
}
