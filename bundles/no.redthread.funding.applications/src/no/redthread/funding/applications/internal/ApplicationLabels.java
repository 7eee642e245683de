package no.redthread.funding.applications.internal;

import java.text.NumberFormat;
import java.util.Locale;

import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.FundingApplication;

/** How applications, statuses and amounts read in the UI language. */
public final class ApplicationLabels {

    private ApplicationLabels() {
    }

    /** "Klimasats (planlagt)": the scheme's name (its id when the name is unknown) and the status. */
    public static String of(FundingApplication application) {
        String scheme = scheme(application);
        return Texts.get("application.label", scheme, status(application.getStatus()));
    }

    /** The scheme's name as saved with the application, else its id. */
    public static String scheme(FundingApplication application) {
        String name = application.getSchemeName();
        return name == null || name.isBlank() ? String.valueOf(application.getSchemeId()) : name.strip();
    }

    public static String status(ApplicationStatus status) {
        return Texts.get("_UI_ApplicationStatus_" + (status == null ? ApplicationStatus.PLANNED : status).getName() + "_literal");
    }

    /** Whole kroner with the locale's grouping, e.g. "450 000" in Norwegian. */
    public static String kroner(double amount, Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(true);
        return format.format(Math.round(amount));
    }
}
