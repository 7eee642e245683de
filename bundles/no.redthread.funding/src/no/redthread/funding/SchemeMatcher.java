package no.redthread.funding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;

/**
 * Ranks schemes for the plan's objects by shared themes and SDG targets, by whether the organisation owning the
 * object may apply, and by a deadline still ahead. Schemes with nothing in common with the object are left out.
 * Registered as an OSGi service.
 */
public interface SchemeMatcher {

    /** Schemes for a measure, through the goals it follows up. */
    List<SchemeMatch> forMeasure(Measure measure, LocalDate today, Locale locale);

    /** Schemes for a goal, through its themes and SDG targets. */
    List<SchemeMatch> forGoal(Goal goal, LocalDate today, Locale locale);

    /** Schemes for catalogue themes, e.g. an assessment's weak themes. */
    List<SchemeMatch> forThemes(Collection<String> themeIds, LocalDate today, Locale locale);
}
