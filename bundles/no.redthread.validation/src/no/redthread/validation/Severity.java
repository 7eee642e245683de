package no.redthread.validation;

import java.util.Locale;

import no.redthread.validation.internal.Messages;

/** How serious a finding is; the constants are ordered from most to least serious. */
public enum Severity {
    /** The model contradicts itself or points at something that is not there. */
    ERROR,
    /** The red thread is broken: something is not followed up, funded or justified. */
    WARNING,
    /** Worth a look, but often deliberate. */
    INFO;

    /** The name to show a user, e.g. "Advarsel". */
    public String label(Locale locale) {
        return Messages.text(locale, "severity." + name());
    }
}
