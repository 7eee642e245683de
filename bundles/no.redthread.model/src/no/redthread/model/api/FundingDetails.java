package no.redthread.model.api;

import java.util.Optional;

import no.redthread.model.plan.Measure;

/**
 * What a module knows about a measure's funding beyond its {@code fundingStatus}, registered as an OSGi service:
 * e.g. the funding module's grants ("450 000 kr innvilget"). Views that show a measure's funding (the plan editor,
 * Properties) append every service's detail to the status, "Delvis finansiert · 450 000 kr innvilget", without
 * depending on the module. A detail is read from the model as it is now, so a view that refreshes after a command
 * shows the new detail; implementations must be fast (a view asks once per measure shown) and not change the model.
 *
 * @since 1.1
 */
public interface FundingDetails {

    /** A short text in the default locale's language, or empty when the module has nothing to say of the measure. */
    Optional<String> describe(Measure measure);
}
