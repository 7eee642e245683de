package no.redthread.portfolio.ui.internal;

import no.redthread.workbench.LocalizedText;

/** The portfolio view's UI text ({@code messages.properties}, {@code _nb}, {@code _nn}). */
public final class Messages {

    private static final LocalizedText TEXT = new LocalizedText("no.redthread.portfolio.ui.internal.messages",
            Messages.class);

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }
}
