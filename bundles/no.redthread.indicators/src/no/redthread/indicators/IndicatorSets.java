package no.redthread.indicators;

import java.util.List;
import java.util.Optional;

import no.redthread.indicators.model.IndicatorSet;

/**
 * The indicator sets available in the running workbench: the built-in ones and those of every content pack that is
 * active, tracked live as providers come and go. Get it as an OSGi service.
 */
public interface IndicatorSets {

    /** The manifest header that lists a bundle's set files, comma-separated, e.g. {@code sets/troms.json}. */
    String MANIFEST_HEADER = "Redthread-IndicatorSets";

    /** The id of the built-in U4SSC key performance indicators for smart sustainable cities. */
    String U4SSC = "u4ssc";

    /** The id of the built-in set of Norwegian municipal indicators from Statistics Norway (SSB). */
    String SSB_MUNICIPAL = "ssb-municipal";

    /** The providers now registered, sorted by set id. */
    List<IndicatorSetProvider> providers();

    /** Creates a new copy of the set with the given id, if a provider for it is registered. */
    Optional<IndicatorSet> createSet(String id);
}
