package no.redthread.assessment.template;

/**
 * Why a template file was refused. A refused file contributes nothing; every other file still loads.
 *
 * @param bundle the symbolic name of the bundle that holds the file
 * @param file the file's path inside the bundle, e.g. {@code "templates/regional-plan.json"}
 * @param field where in the file the fault is, as a path such as {@code "dimensions[0].themes[2].rules[0].id"};
 *            {@code "(file)"} when the file as a whole is at fault (empty, unreadable)
 * @param message what is wrong, in English
 */
public record TemplateProblem(String bundle, String file, String field, String message) {

    @Override
    public String toString() {
        return bundle + ": " + file + ": " + field + ": " + message;
    }
}
