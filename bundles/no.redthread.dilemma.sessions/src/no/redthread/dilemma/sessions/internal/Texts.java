package no.redthread.dilemma.sessions.internal;

import java.util.Optional;

import no.redthread.workbench.LocalizedText;

/**
 * The texts users read (command labels, model names, phase and handling names) in the default locale's language:
 * {@code messages.properties} (English), {@code _nb} and {@code _nn}.
 */
public final class Texts {

    private static final LocalizedText TEXT = new LocalizedText("no.redthread.dilemma.sessions.internal.messages",
            Texts.class);

    private Texts() {
    }

    /** The text of a key, formatted with {@link java.text.MessageFormat} when arguments are given. */
    public static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }

    static Optional<String> find(String key) {
        return TEXT.find(key);
    }
}
