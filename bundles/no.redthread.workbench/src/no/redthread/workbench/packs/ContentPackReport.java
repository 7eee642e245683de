package no.redthread.workbench.packs;

import java.util.List;

/**
 * One module's account of its content packs (registered as an OSGi service by the module that reads them): what each
 * bundle contributed of the module's kind, and the files it refused. Asked when a listing is drawn, so it may read
 * lazily; it must not block for long.
 */
public interface ContentPackReport {

    /** Kind keys of the modules that ship with Redthread; a module may use its own key. */
    String WORKSHEETS = "worksheets";
    String INDICATOR_SETS = "indicatorSets";
    String FUNDING_SCHEMES = "fundingSchemes";
    String SCENARIOS = "scenarios";

    /** The kind this report covers, e.g. {@value #WORKSHEETS}; {@link ContributionTexts} names it to the user. */
    String kind();

    /** The manifest header through which a bundle ships this kind, e.g. {@code Redthread-FormTemplates}. */
    String header();

    /** What the bundles now active contributed of this kind, one entry per bundle that contributed anything. */
    List<PackContribution> contributions();

    /** The files refused so far, of bundles now active. */
    List<PackProblem> problems();
}
