/**
 * The SDG interaction matrix of dilemma training, headless: {@link no.redthread.dilemma.matrix.InteractionMatrix}
 * (items by id, scores on Nilsson's scale with reasons per participant, the group median and the cells where
 * participants disagree), {@link no.redthread.dilemma.matrix.MatrixCsv} (import and export) and
 * {@link no.redthread.dilemma.matrix.MatrixAnalysis} (SEI's network analysis and Vester's roles).
 * {@link no.redthread.dilemma.matrix.InteractionScale} reads the scale's labels and definitions in bokmål and English.
 * Versioned in the manifest; additions raise the minor version, breaking changes the major.
 */
package no.redthread.dilemma.matrix;
