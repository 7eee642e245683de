package no.redthread.dilemma;

/**
 * Why a scenario file was refused.
 *
 * @param bundle the symbolic name of the bundle that ships the file
 * @param file the file's path inside the bundle
 * @param line the line (1-based, 0 when unknown)
 * @param column the column (1-based, 0 when unknown)
 * @param field the JSON path of the faulty field, e.g. {@code "scenarios[0].interactions[2].to"} (may be empty)
 * @param message what is wrong, in plain words
 */
public record ScenarioProblem(String bundle, String file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        return bundle + "/" + file + (line > 0 ? ":" + line + ":" + column : "")
                + (field.isEmpty() ? "" : " " + field) + ": " + message;
    }
}
