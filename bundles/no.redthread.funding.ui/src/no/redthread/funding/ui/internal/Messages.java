package no.redthread.funding.ui.internal;

import java.util.Optional;

import no.redthread.workbench.LocalizedText;

/** The funding views' UI text ({@code messages.properties}, {@code _nb}, {@code _nn}). */
public final class Messages {

    private static final LocalizedText TEXT = new LocalizedText("no.redthread.funding.ui.internal.messages", Messages.class);

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }

    /** The text of a key that may be missing. */
    static Optional<String> find(String key) {
        return TEXT.find(key);
    }
}
