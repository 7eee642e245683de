package no.redthread.assessment.template;

import java.util.List;
import java.util.Optional;

/**
 * All form templates of all {@link FormTemplateProvider} services, updated live as content packs come and go.
 *
 * <p>A template is known by its id and version; when two providers give the same id and version, the one from the
 * bundle installed first wins and the other is reported as a problem.
 */
public interface FormTemplateCatalog {

    /** Every template, every version, sorted by id and then by version. */
    List<FormTemplate> templates();

    /** The newest version of the template with the given id. */
    Optional<FormTemplate> latest(String templateId);

    /** One version of one template. */
    Optional<FormTemplate> template(String templateId, String version);

    /** The newest version of every template for the given plan level, sorted by id. */
    List<FormTemplate> forLevel(PlanLevel level);

    /** Every refused template file of every provider, and every template that repeats another's id and version. */
    List<TemplateProblem> problems();

    /** Adds a listener called (on the thread that changed the providers) whenever templates come or go. */
    void addChangeListener(Runnable listener);

    /** Removes a listener added with {@link #addChangeListener(Runnable)}. */
    void removeChangeListener(Runnable listener);
}
