package no.redthread.console.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console commands' texts in the default locale's language:
 * {@code messages.properties}, {@code _nb}, {@code _nn}.
 */
final class ConsoleTexts {

    private ConsoleTexts() {
    }

    static String get(String key, Object... arguments) {
        Locale locale = Locale.getDefault();
        String pattern = ResourceBundle.getBundle("no.redthread.console.internal.messages", locale,
                ConsoleTexts.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
