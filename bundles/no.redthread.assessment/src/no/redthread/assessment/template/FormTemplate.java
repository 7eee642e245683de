package no.redthread.assessment.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned assessment worksheet: dimensions, themes, rules of thumb and questions for one plan level.
 *
 * @param id stable id, e.g. {@code "redthread-samfunnsdel"}; assessments store it
 * @param version the version, one to three dot-separated numbers such as {@code "1.2.0"}
 * @param planLevel the plan level the worksheet is written for
 * @param titleNb the title
 * @param descriptionNb what the worksheet is for; empty if none
 * @param publisher who publishes the worksheet, e.g. "Redthread" or a county; empty if not given
 * @param example true for a worksheet that only demonstrates the format and must not be used as it is
 * @param scales the answer scales its questions use
 * @param dimensions the dimensions in display order
 * @param origin where the template was read from
 */
public record FormTemplate(String id, String version, PlanLevel planLevel, String titleNb, String descriptionNb,
        String publisher, boolean example, List<AnswerScale> scales, List<TemplateDimension> dimensions,
        TemplateOrigin origin) {

    public FormTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(planLevel, "planLevel");
        Objects.requireNonNull(titleNb, "titleNb");
        descriptionNb = descriptionNb == null ? "" : descriptionNb;
        publisher = publisher == null ? "" : publisher;
        scales = List.copyOf(scales);
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(origin, "origin");
    }

    /** Every question with its dimension, theme and rule, in display order. */
    public List<PlacedQuestion> questions() {
        List<PlacedQuestion> questions = new ArrayList<>();
        for (TemplateDimension dimension : dimensions) {
            for (TemplateTheme theme : dimension.themes()) {
                for (TemplateRule rule : theme.rules()) {
                    for (Question question : rule.questions()) {
                        questions.add(new PlacedQuestion(dimension, theme, rule, question));
                    }
                }
            }
        }
        return questions;
    }

    /** The question with the given id, with its place in the template. */
    public Optional<PlacedQuestion> question(String questionId) {
        return questions().stream().filter(placed -> placed.question().id().equals(questionId)).findFirst();
    }

    /** The answer scale with the given id. */
    public Optional<AnswerScale> scale(String scaleId) {
        return scales.stream().filter(scale -> scale.id().equals(scaleId)).findFirst();
    }

    /** The answer scale of a question of this template. */
    public AnswerScale scaleOf(Question question) {
        return scale(question.scaleId()).orElseThrow(() -> new IllegalArgumentException(
                "template " + id + " has no scale " + question.scaleId()));
    }

    /** Every theme of every dimension, in display order. */
    public List<TemplateTheme> themes() {
        return dimensions.stream().flatMap(dimension -> dimension.themes().stream()).toList();
    }

    @Override
    public String toString() {
        return id + " " + version + " (" + origin + ")";
    }
}
