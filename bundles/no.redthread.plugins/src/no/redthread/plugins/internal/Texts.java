package no.redthread.plugins.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The module's texts in the UI language (messages.properties, _nb, _nn; UTF-8). */
public final class Texts {

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.class.getPackageName() + ".messages", Locale.getDefault(),
                Texts.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
