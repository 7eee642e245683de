/**
 * What the dilemma training views edit: {@link no.redthread.dilemma.matrix.ui.MatrixDocument}, the participants'
 * scores of an interaction matrix with undo, kept behind an interface so that a session model can stand behind it.
 * Versioned in the manifest.
 */
package no.redthread.dilemma.matrix.ui;
