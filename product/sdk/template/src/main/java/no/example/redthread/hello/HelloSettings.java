package no.example.redthread.hello;

import java.io.IOException;
import java.io.UncheckedIOException;

import no.redthread.workbench.settings.SettingsStore;

/**
 * The plugin's setting, a file in the user's settings folder (SettingsStore writes it atomically; a file that
 * cannot be read is moved aside and the default used).
 */
public record HelloSettings(boolean countMeasures) {

    private static final String NAME = "no.example.redthread.hello";
    static final HelloSettings DEFAULT = new HelloSettings(true);

    static HelloSettings load(SettingsStore store) {
        return store.load(NAME, HelloSettings.class).orElse(DEFAULT);
    }

    void save(SettingsStore store) {
        try {
            store.save(NAME, this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
