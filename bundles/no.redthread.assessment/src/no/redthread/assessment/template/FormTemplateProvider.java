package no.redthread.assessment.template;

import java.util.List;

/**
 * A source of form templates, registered as an OSGi service (whiteboard). The assessment bundle registers one for
 * every bundle whose manifest has a {@code Redthread-FormTemplates} header (a content pack, no Java needed) and for
 * its own built-in worksheets; code may register others.
 *
 * <p>Service property {@value #BUNDLE_PROPERTY}: the symbolic name of the bundle whose templates the provider
 * gives.
 */
public interface FormTemplateProvider {

    /** The service property that names the bundle whose templates a provider gives. */
    String BUNDLE_PROPERTY = "redthread.templates.bundle";

    /** The manifest header that names the folder(s) of a content pack's template files, comma-separated. */
    String MANIFEST_HEADER = "Redthread-FormTemplates";

    /** The templates that loaded. */
    List<FormTemplate> templates();

    /** The files that were refused, each with the bundle, file and field at fault. */
    List<TemplateProblem> problems();
}
