package no.redthread.workbench;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A bundle's UI text in the user's language: {@code base.properties} (English), {@code base_nb}
 * and {@code base_nn}, looked up for the default locale, which the workbench sets at start from
 * the language preference.
 */
public final class LocalizedText {

    private final String baseName;
    private final ClassLoader loader;

    /** @param anchor a class of the bundle that holds the properties files (for its class loader) */
    public LocalizedText(String baseName, Class<?> anchor) {
        this.baseName = baseName;
        this.loader = anchor.getClassLoader();
    }

    /** The text for a key, formatted with {@link MessageFormat} when arguments are given; {@code !key!} if missing. */
    public String get(String key, Object... arguments) {
        return find(key).map(text -> arguments.length == 0 ? text : MessageFormat.format(text, arguments))
                .orElse('!' + key + '!');
    }

    /**
     * The unformatted text for a key, if the files have it (e.g. to translate labels that come from elsewhere and
     * keep the others).
     *
     * @since 1.1
     */
    public Optional<String> find(String key) {
        try {
            return Optional.of(ResourceBundle.getBundle(baseName, Locale.getDefault(), loader).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
