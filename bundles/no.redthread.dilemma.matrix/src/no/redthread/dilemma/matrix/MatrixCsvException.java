package no.redthread.dilemma.matrix;

import java.io.IOException;
import java.nio.file.Path;

import no.redthread.dilemma.matrix.internal.Texts;

/**
 * A matrix CSV file that cannot be imported, with the place of the first fault: row and column counted from 1 as
 * a spreadsheet shows them (row 1 is the header), or 0 when the fault concerns the whole file or the whole row.
 * The message is in the default locale's language.
 */
public final class MatrixCsvException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int row;
    private final int column;
    private final String problem;

    public MatrixCsvException(Path file, int row, int column, String problem) {
        super(Texts.get(row == 0 ? "csv.faultFile" : column == 0 ? "csv.faultRow" : "csv.fault", file, row, column,
                problem));
        this.file = file;
        this.row = row;
        this.column = column;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
