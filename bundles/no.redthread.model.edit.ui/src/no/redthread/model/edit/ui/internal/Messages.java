package no.redthread.model.edit.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bundle's UI text: {@code messages.properties} (English), {@code _nb} and {@code _nn}, for the default locale
 * (the workbench sets it at start from the language preference).
 */
public final class Messages {

    private static final String BUNDLE_NAME = "no.redthread.model.edit.ui.internal.messages";

    private Messages() {
    }

    /** The text for a key, formatted with {@link MessageFormat} when arguments are given. */
    public static String get(String key, Object... arguments) {
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE_NAME, Locale.getDefault(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
    }
}
