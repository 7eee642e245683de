package no.redthread.chains.ui.internal;

import no.redthread.chains.Kind;
import no.redthread.workbench.LocalizedText;

/** The chain views' UI text ({@code messages.properties}, {@code _nb}, {@code _nn}). */
final class Messages {

    private static final LocalizedText TEXT = new LocalizedText("no.redthread.chains.ui.internal.messages",
            Messages.class);

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }

    /** A kind in words ("temaer"); a module's own kind by its id. */
    static String kind(Kind kind) {
        return TEXT.find("kind." + kind.id()).orElse(kind.id());
    }
}
