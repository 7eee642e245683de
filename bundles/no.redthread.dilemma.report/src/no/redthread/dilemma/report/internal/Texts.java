package no.redthread.dilemma.report.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words in the language asked for ({@code messages.properties} English, {@code _nb}, {@code _nn}).
 * Unlike the UI's text it does not follow the default locale: an English report can be made in a Norwegian
 * workbench, so the lookup never falls back to the default locale's file.
 */
final class Texts {

    private static final String BASE = "no.redthread.dilemma.report.internal.messages";

    private final Locale language;
    private final ResourceBundle bundle;

    Texts(Locale language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BASE, language, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, language).format(arguments);
    }

    /** An enum literal's name, under {@code prefix.LITERAL}. */
    String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(get("date.pattern"), language));
    }

    /** A figure of the matrix analysis, with one decimal, the language's decimal sign and a real minus sign. */
    String number(double value) {
        return String.format(language, "%.1f", value).replace('-', '−');
    }
}
