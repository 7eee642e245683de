package no.example.redthread.hello;

import no.redthread.workbench.LocalizedText;

/** The plugin's UI texts: messages.properties (English), _nb (bokmål, the default UI language) and _nn. */
final class Texts {

    private static final LocalizedText TEXT = new LocalizedText("no.example.redthread.hello.messages", Texts.class);

    String get(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }
}
