package no.redthread.assessment.internal.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.AnswerScale;
import no.redthread.assessment.template.Question;
import no.redthread.assessment.template.TemplateDimension;
import no.redthread.assessment.template.TemplateRule;
import no.redthread.assessment.template.TemplateTheme;
import no.redthread.core.packs.PackReasons;

/** Reads the dimensions → themes → rules → questions of a template file; every id is unique in the file. */
final class OutlineParser {

    static final Set<String> DIMENSION_FIELDS = Set.of("id", "nameNb", "themes");
    static final Set<String> THEME_FIELDS = Set.of("id", "nameNb", "rules");
    static final Set<String> RULE_FIELDS = Set.of("id", "textNb", "questions");
    static final Set<String> QUESTION_FIELDS = Set.of("id", "textNb", "guidanceNb", "scale",
            "justificationRequiredFor", "tags");

    private final List<AnswerScale> scales;
    private final IdRegister dimensionIds = new IdRegister("dimension");
    private final IdRegister themeIds = new IdRegister("theme");
    private final IdRegister ruleIds = new IdRegister("rule");
    private final IdRegister questionIds = new IdRegister("question");

    private OutlineParser(List<AnswerScale> scales) {
        this.scales = scales;
    }

    static List<TemplateDimension> dimensions(JsonFields root, List<AnswerScale> scales) throws TemplateException {
        OutlineParser parser = new OutlineParser(scales);
        List<TemplateDimension> dimensions = new ArrayList<>();
        for (JsonFields dimension : root.requiredObjects("dimensions", 1)) {
            dimensions.add(parser.dimension(dimension.allowOnly(DIMENSION_FIELDS)));
        }
        return dimensions;
    }

    private TemplateDimension dimension(JsonFields dimension) throws TemplateException {
        String id = dimensionIds.claim(dimension.requiredId("id"), dimension.path("id"));
        List<TemplateTheme> themes = new ArrayList<>();
        for (JsonFields theme : dimension.requiredObjects("themes", 1)) {
            themes.add(theme(theme.allowOnly(THEME_FIELDS)));
        }
        return new TemplateDimension(id, dimension.optionalLocalized("nameNb"), themes);
    }

    private TemplateTheme theme(JsonFields theme) throws TemplateException {
        String id = themeIds.claim(theme.requiredId("id"), theme.path("id"));
        List<TemplateRule> rules = new ArrayList<>();
        for (JsonFields rule : theme.requiredObjects("rules", 1)) {
            rules.add(rule(rule.allowOnly(RULE_FIELDS)));
        }
        return new TemplateTheme(id, theme.optionalLocalized("nameNb"), rules);
    }

    private TemplateRule rule(JsonFields rule) throws TemplateException {
        String id = ruleIds.claim(rule.requiredId("id"), rule.path("id"));
        List<Question> questions = new ArrayList<>();
        for (JsonFields question : rule.requiredObjects("questions", 1)) {
            questions.add(question(question.allowOnly(QUESTION_FIELDS)));
        }
        return new TemplateRule(id, rule.optionalLocalized("textNb"), questions);
    }

    private Question question(JsonFields question) throws TemplateException {
        String id = questionIds.claim(question.requiredId("id"), question.path("id"));
        String text = question.requiredLocalized("textNb");
        AnswerScale scale = scale(question);
        Set<String> justified = new LinkedHashSet<>();
        if (question.has("justificationRequiredFor")) {
            List<String> optionIds = question.optionalStrings("justificationRequiredFor");
            for (int i = 0; i < optionIds.size(); i++) {
                String field = question.path("justificationRequiredFor") + "[" + i + "]";
                if (scale.option(optionIds.get(i)).isEmpty()) {
                    throw new TemplateException(field,
                            TemplateException.reason("notOption", optionIds.get(i), scale.id()));
                }
                if (!justified.add(optionIds.get(i))) {
                    throw new TemplateException(field, PackReasons.repeats(optionIds.get(i)));
                }
            }
        } else {
            scale.options().stream().filter(AnswerOption::justificationRequired).map(AnswerOption::id)
                    .forEach(justified::add);
        }
        return new Question(id, text, question.optionalLocalized("guidanceNb"), scale.id(), justified,
                question.optionalStrings("tags"));
    }

    /** The question's scale: the one it names, else the template's first scale. */
    private AnswerScale scale(JsonFields question) throws TemplateException {
        if (!question.has("scale")) {
            return scales.get(0);
        }
        String scaleId = question.requiredText("scale");
        Optional<AnswerScale> scale = scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
        return scale.orElseThrow(() -> new TemplateException(question.path("scale"),
                TemplateException.reason("notScale", scaleId)));
    }
}
