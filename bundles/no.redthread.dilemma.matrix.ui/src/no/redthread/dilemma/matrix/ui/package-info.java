/**
 * What the dilemma training views edit and show: {@link no.redthread.dilemma.matrix.ui.MatrixDocument}, the
 * participants' scores of an interaction matrix with undo, kept behind an interface so that a session model can
 * stand behind it, and {@link no.redthread.dilemma.matrix.ui.ShownMatrix}, the service that puts one in the views.
 * Versioned in the manifest (1.1: ShownMatrix, participant names).
 */
package no.redthread.dilemma.matrix.ui;
