package no.redthread.dilemma;

import java.util.List;
import java.util.Optional;

/**
 * All dilemma-training scenarios known to the running product: the shipped ones and those of the active content
 * packs (bundles with the manifest header {@value #MANIFEST_HEADER}). Where two scenarios share an id, the higher
 * {@link Scenario#version()} wins. Registered as an OSGi service.
 */
public interface ScenarioLibrary {

    /** The manifest header through which a bundle ships scenario files: a folder (or files) in the bundle. */
    String MANIFEST_HEADER = "Redthread-Scenarios";

    /** All scenarios, sorted by title; an immutable snapshot. */
    List<Scenario> scenarios();

    /** The scenario with the given id. */
    Optional<Scenario> scenario(String id);

    /** The files refused so far, each naming bundle, file, position and field. */
    List<ScenarioProblem> problems();

    /** A number that changes whenever the set of scenarios changes (a pack came or went), for caches. */
    long revision();
}
