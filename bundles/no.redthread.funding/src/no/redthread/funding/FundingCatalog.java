package no.redthread.funding;

import java.util.List;
import java.util.Optional;

/**
 * All funding schemes known to the running product: the shipped ones and those of the active content packs
 * (bundles with the manifest header {@value #MANIFEST_HEADER}). Where two records share an id, the one with the
 * newer last-checked date wins. Registered as an OSGi service.
 */
public interface FundingCatalog {

    /** The manifest header through which a bundle ships scheme files: a folder (or files) in the bundle. */
    String MANIFEST_HEADER = "Redthread-FundingSchemes";

    /** All schemes, sorted by Norwegian name; an immutable snapshot. */
    List<FundingScheme> schemes();

    /** The scheme with the given id. */
    Optional<FundingScheme> scheme(String id);

    /** The files refused so far, each naming bundle, file, position and field. */
    List<CatalogueProblem> problems();

    /** A number that changes whenever the set of schemes changes (a pack came or went), for caches. */
    long revision();
}
