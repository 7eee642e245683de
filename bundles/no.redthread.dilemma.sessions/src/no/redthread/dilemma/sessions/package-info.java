/**
 * The municipality's dilemma-training sessions in the shared model: {@link no.redthread.dilemma.sessions.DilemmaSessions}
 * (where they live), {@link no.redthread.dilemma.sessions.SessionCommands} (each change one undoable command on the
 * workspace's editing domain) and {@link no.redthread.dilemma.sessions.SessionMatrices} (a session's scores as an
 * {@link no.redthread.dilemma.matrix.InteractionMatrix}, so {@code MatrixAnalysis} runs on it). The generated model is
 * in {@code no.redthread.dilemma.sessions.model}. Headless, no SWT. Versioned in the manifest; additions raise the
 * minor version, breaking changes the major.
 */
package no.redthread.dilemma.sessions;
