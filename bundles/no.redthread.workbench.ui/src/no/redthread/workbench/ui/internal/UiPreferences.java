package no.redthread.workbench.ui.internal;

import java.util.List;
import java.util.Locale;

import no.redthread.workbench.settings.SettingsStore;

/**
 * The user's UI preferences, saved in {@code preferences.json}. The language is read once, at
 * start, so a change takes effect after a restart.
 *
 * @param language {@code nb}, {@code nn} or {@code en}
 */
public record UiPreferences(String language) {

    public static final String SETTINGS_NAME = "preferences";
    public static final List<String> LANGUAGES = List.of("nb", "nn", "en");

    public UiPreferences {
        language = LANGUAGES.contains(language) ? language : "nb";
    }

    public static UiPreferences load(SettingsStore settings) {
        return settings.load(SETTINGS_NAME, UiPreferences.class).orElse(new UiPreferences("nb"));
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
