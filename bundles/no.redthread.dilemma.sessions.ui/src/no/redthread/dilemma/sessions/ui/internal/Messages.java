package no.redthread.dilemma.sessions.ui.internal;

import no.redthread.workbench.LocalizedText;

/** The session editor's UI text ({@code messages.properties}, {@code _nb}, {@code _nn}). */
public final class Messages {

    private static final LocalizedText TEXT = new LocalizedText(
            "no.redthread.dilemma.sessions.ui.internal.messages", Messages.class);

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }

    /** An enum literal's name in the UI language, under {@code prefix.LITERAL}. */
    static String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }
}
