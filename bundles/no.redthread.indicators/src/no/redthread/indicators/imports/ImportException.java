package no.redthread.indicators.imports;

/**
 * An import that cannot go ahead, with the file and the position of the fault; nothing of the file was imported.
 *
 * <p>The message reads {@code "<source>, <position>: <problem>"}, e.g.
 * {@code "kostra.csv, row 7, column 3: 'abc' is not a number"}. {@link ImportCancelledException} is the one subclass: the
 * user stopped the read or import.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String position;
    private final String problem;

    /**
     * @param source the file name or URL the data came from
     * @param position where in it, e.g. {@code "row 7, column 3"} or {@code "value index 17"}; may be empty
     * @param problem what is wrong, in a sentence a user understands
     */
    public ImportException(String source, String position, String problem) {
        this(source, position, problem, null);
    }

    public ImportException(String source, String position, String problem, Throwable cause) {
        super(source + (position == null || position.isEmpty() ? "" : ", " + position) + ": " + problem, cause);
        this.source = source;
        this.position = position == null ? "" : position;
        this.problem = problem;
    }

    /** The file name or URL the data came from. */
    public String source() {
        return source;
    }

    /** Where in the source the fault is, e.g. {@code "row 7, column 3"}; empty if it concerns the whole source. */
    public String position() {
        return position;
    }

    /** What is wrong, without source and position. */
    public String problem() {
        return problem;
    }
}
