package no.redthread.workspace.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Why a workspace or one of its files cannot be read, in the UI language (reasons.properties, _nb, _nn): these
 * reasons reach the user in the open dialog, the Problems view and the console.
 */
final class Reasons {

    private Reasons() {
    }

    static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Reasons.class.getPackageName() + ".reasons",
                Locale.getDefault(), Reasons.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
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
