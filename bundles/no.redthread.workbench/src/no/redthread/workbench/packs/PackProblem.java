package no.redthread.workbench.packs;

/**
 * Why a content-pack file was refused.
 *
 * @param bundle the symbolic name of the bundle that holds the file
 * @param kind the report's kind, e.g. {@value ContentPackReport#FUNDING_SCHEMES}
 * @param file the file's path in the bundle (or {@code META-INF/MANIFEST.MF} when the header is at fault)
 * @param line the line (1-based; 0 when unknown)
 * @param column the column (1-based; 0 when unknown)
 * @param field the JSON path of the field at fault, e.g. {@code "indicators[2].direction"}; may be empty
 * @param message what is wrong, as the module's validator says it
 */
public record PackProblem(String bundle, String kind, String file, int line, int column, String field,
        String message) {

    /** File, position and field as one place, e.g. {@code sets/troms.json:12:7 indicators[2].direction}. */
    public String place() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + (field == null || field.isEmpty() ? "" : " " + field);
    }

    @Override
    public String toString() {
        return bundle + "/" + place() + ": " + message;
    }
}
