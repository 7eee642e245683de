package no.redthread.dilemma.matrix.ui;

/**
 * The matrix the editor (<i>Samspillsmatrise</i>) and the analysis show, as an OSGi service: a module hands it its
 * own document, such as the scores of the dilemma session being run, and takes it back when that is gone.
 */
public interface ShownMatrix {

    MatrixDocument document();

    /** Shows this document in the editor and the analysis, in place of the one shown now. Call on the UI thread. */
    void show(MatrixDocument document);

    /** If this document is shown, goes back to the editor's own matrix (the 17 goals, unscored). */
    void release(MatrixDocument document);
}
