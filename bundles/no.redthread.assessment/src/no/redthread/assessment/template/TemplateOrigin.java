package no.redthread.assessment.template;

/**
 * Where a template was read from.
 *
 * @param bundle the symbolic name of the bundle that holds the file, or another name of the source
 * @param file the file's path inside the bundle, e.g. {@code "templates/samfunnsdel.json"}
 */
public record TemplateOrigin(String bundle, String file) {

    @Override
    public String toString() {
        return bundle + ":" + file;
    }
}
