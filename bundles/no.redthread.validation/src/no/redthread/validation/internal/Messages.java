package no.redthread.validation.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;

import no.redthread.model.plan.PlanKind;

/**
 * This bundle's text: {@code messages.properties} (English), {@code messages_nb} and {@code messages_nn}, for the
 * locale a caller asks for.
 */
public final class Messages {

    static final String BASE_NAME = "no.redthread.validation.internal.messages";

    /*
     * Without this control, asking for English on a machine whose default locale is nb would fall back to the
     * default locale's bundle before the English root bundle.
     */
    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text for a key, or {@code !key!} if it is missing (visible, never an exception in a view). */
    public static String text(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
    }

    /** The message of a finding from its rule's pattern: argument 0 is the subject, the others follow in order. */
    public static String finding(Locale locale, String pattern, EObject subject, List<Object> arguments) {
        List<Object> shown = new ArrayList<>(arguments.size() + 1);
        shown.add(Labels.of(subject, locale));
        for (Object argument : arguments) {
            shown.add(shown(argument, locale));
        }
        return new MessageFormat(pattern, locale).format(shown.toArray());
    }

    private static Object shown(Object argument, Locale locale) {
        if (argument instanceof EObject object) {
            return Labels.of(object, locale);
        }
        if (argument instanceof PlanKind kind) {
            return text(locale, "kind." + kind.name());
        }
        return String.valueOf(argument);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BASE_NAME, locale, Messages.class.getClassLoader(), NO_DEFAULT_FALLBACK);
    }
}
