package no.redthread.indicators.ui.internal;

import no.redthread.workbench.LocalizedText;

/** The indicator views' UI text ({@code messages.properties}, {@code _nb}, {@code _nn}). */
public final class Messages {

    private static final LocalizedText TEXT = new LocalizedText("no.redthread.indicators.ui.internal.messages", Messages.class);

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }

    /** The text of a key that may be missing. */
    static java.util.Optional<String> find(String key) {
        return TEXT.find(key);
    }
}
