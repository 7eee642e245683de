package no.redthread.dilemma.matrix.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The headless texts users read (CSV faults), in the default locale's language: {@code messages.properties}
 * (English), {@code _nb} and {@code _nn}.
 */
public final class Texts {

    private static final String BUNDLE = "no.redthread.dilemma.matrix.internal.messages";

    private Texts() {
    }

    /** The text of a key, formatted with {@link MessageFormat} (a literal apostrophe is written twice). */
    public static String get(String key, Object... arguments) {
        Locale locale = Locale.getDefault();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
