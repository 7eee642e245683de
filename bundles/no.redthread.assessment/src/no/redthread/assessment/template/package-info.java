/**
 * Form templates: the assessment worksheets as data.
 *
 * <p>A {@link no.redthread.assessment.template.FormTemplate} is a versioned worksheet for one
 * {@link no.redthread.assessment.template.PlanLevel}: dimensions, themes, rules of thumb and questions, each question
 * answered on an {@link no.redthread.assessment.template.AnswerScale}. Templates are JSON files (the format is
 * documented in {@code schema/form-template.schema.json} of no.redthread.assessment) in a bundle whose manifest
 * names their folder in the {@code Redthread-FormTemplates} header; the assessment bundle's extender turns each such
 * bundle into a {@link no.redthread.assessment.template.FormTemplateProvider} service, and the
 * {@link no.redthread.assessment.template.FormTemplateCatalog} service collects all providers. A county can thus ship
 * its own worksheets as a bundle that holds only JSON files. Java code may also register a provider itself.
 */
package no.redthread.assessment.template;
