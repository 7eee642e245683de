package no.redthread.plugins.internal;

import no.redthread.workbench.LocalizedText;

/** The module's texts in the UI language (messages.properties, _nb, _nn; UTF-8). */
public final class Texts {

    private static final LocalizedText TEXT = new LocalizedText(Texts.class.getPackageName() + ".messages",
            Texts.class);

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }
}
