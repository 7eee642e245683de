package no.redthread.workbench.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbench's UI text. Bokmål, nynorsk and English ship as {@code messages_nb},
 * {@code messages_nn} and {@code messages}; the language is chosen at start from the preferences.
 */
public final class Messages {

    private static final String BUNDLE = "no.redthread.workbench.ui.internal.messages";

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
    }
}
