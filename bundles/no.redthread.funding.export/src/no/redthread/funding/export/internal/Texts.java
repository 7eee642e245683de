package no.redthread.funding.export.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import no.redthread.funding.FundingScheme;

/** This bundle's text in nb, nn or en ({@code messages*.properties}). */
public final class Texts {

    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("no.redthread.funding.export.internal.messages", locale,
                    Texts.class.getClassLoader(), NO_DEFAULT_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
    }

    public static String format(Locale locale, String key, Object... arguments) {
        return new MessageFormat(text(locale, key), locale).format(arguments);
    }

    /** The event text: owner, the warning for estimated dates, and that deadlines must be checked at the source. */
    public static String description(FundingScheme scheme, boolean estimated, Locale locale) {
        String owner = format(locale, "calendar.owner", scheme.owner());
        String check = text(locale, estimated ? "calendar.estimated" : "calendar.check");
        return owner + "\n" + check;
    }
}
