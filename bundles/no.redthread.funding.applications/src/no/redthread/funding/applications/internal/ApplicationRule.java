package no.redthread.funding.applications.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import no.redthread.validation.FindingRule;
import no.redthread.validation.Severity;

/** The funding module's rules of the red thread, with stable ids (never change or reuse one). */
public enum ApplicationRule implements FindingRule {
    /** A measure whose funding is external but for which no application is registered. */
    EXTERNAL_WITHOUT_APPLICATION("measure.external-without-application", Severity.WARNING),
    /** An application whose deadline has passed while its status still says planned. */
    DEADLINE_PASSED_PLANNED("application.deadline-passed-planned", Severity.WARNING);

    /* no fallback to the default locale, so English is English on a Norwegian machine (as the built-in rules) */
    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String id;
    private final Severity severity;

    ApplicationRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String pattern(Locale locale) {
        Locale language = "no".equals(locale.getLanguage()) ? Locale.of("nb") : locale;
        try {
            return ResourceBundle.getBundle("no.redthread.funding.applications.internal.messages", language,
                    ApplicationRule.class.getClassLoader(), NO_DEFAULT_FALLBACK).getString(id);
        } catch (MissingResourceException e) {
            return '!' + id + '!';
        }
    }
}
