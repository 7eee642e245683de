package no.redthread.assessment.ui.internal;

import no.redthread.workbench.LocalizedText;

/** The assessment views' UI text ({@code messages.properties}, {@code _nb}, {@code _nn}). */
public final class Messages {

    private static final LocalizedText TEXT = new LocalizedText("no.redthread.assessment.ui.internal.messages", Messages.class);

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }

    /** The text for a key, or the fallback when the messages have no such key. */
    static String getOr(String key, String fallback) {
        return TEXT.find(key).orElse(fallback);
    }
}
