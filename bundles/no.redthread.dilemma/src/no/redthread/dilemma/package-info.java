/**
 * Dilemma training (dilemmatrening), headless: the library of scenarios with goal conflicts
 * ({@link no.redthread.dilemma.ScenarioLibrary}), shipped and from content packs. Suggested interaction scores are
 * suggestions for the discussion, never findings. Versioned in the manifest; additions raise the minor version,
 * breaking changes the major.
 */
package no.redthread.dilemma;
