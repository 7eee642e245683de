package no.redthread.indicators;

import no.redthread.indicators.model.IndicatorSet;

/**
 * A source of one indicator set, registered as an OSGi service (a content pack).
 *
 * <p>A bundle needs no Java to provide sets: list its set files in the manifest header
 * {@value IndicatorSets#MANIFEST_HEADER} and Redthread registers a provider for each file while the bundle is
 * active. Bundles that compute their sets register this service themselves.
 */
public interface IndicatorSetProvider {

    /** The id of the set this provider creates, e.g. {@code "u4ssc"}; the same as {@code createSet().getId()}. */
    String id();

    /** The set's name in Norwegian bokmål, for lists; the set itself has both languages. */
    String name();

    /**
     * Creates the set: new objects on every call, so a workspace can own and change its copy.
     *
     * @throws IllegalStateException if the provider's data cannot be read
     */
    IndicatorSet createSet();
}
