package no.redthread.assessment.template;

/**
 * A question with the dimension, theme and rule it stands under in its template.
 *
 * @param dimension the question's dimension
 * @param theme the question's theme
 * @param rule the question's rule of thumb
 * @param question the question
 */
public record PlacedQuestion(TemplateDimension dimension, TemplateTheme theme, TemplateRule rule, Question question) {
}
