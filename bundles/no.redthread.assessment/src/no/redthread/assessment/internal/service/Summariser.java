package no.redthread.assessment.internal.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.Completion;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.DimensionSummary;
import no.redthread.assessment.Gap;
import no.redthread.assessment.ThemeSummary;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.AnswerMeaning;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.AnswerScale;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.assessment.template.TemplateDimension;
import no.redthread.assessment.template.TemplateTheme;

/** Computes the summary of an assessment against one template version. */
final class Summariser {

    private final FormTemplate template;
    private final Names names;
    private final Answers answers;
    private final List<PlacedQuestion> questions;
    private final Map<String, Integer> distribution = new LinkedHashMap<>();
    private final Map<AnswerMeaning, Integer> meanings = new EnumMap<>(AnswerMeaning.class);
    private final List<Gap> gaps = new ArrayList<>();
    private final List<ConflictCandidate> conflicts = new ArrayList<>();
    private int unanswered;

    private Summariser(Assessment assessment, FormTemplate template, Names names) {
        this.template = template;
        this.names = names;
        this.answers = new Answers(assessment, template);
        this.questions = template.questions();
        for (AnswerScale scale : template.scales()) {
            scale.options().forEach(option -> distribution.putIfAbsent(option.id(), 0));
        }
        for (AnswerMeaning meaning : AnswerMeaning.values()) {
            meanings.put(meaning, 0);
        }
    }

    static AssessmentSummary summarise(Assessment assessment, FormTemplate template, Names names) {
        return new Summariser(assessment, template, names).summary(assessment);
    }

    private AssessmentSummary summary(Assessment assessment) {
        List<DimensionSummary> dimensions = new ArrayList<>();
        Completion total = new Completion(0, 0);
        for (TemplateDimension dimension : template.dimensions()) {
            DimensionSummary summary = dimension(dimension);
            dimensions.add(summary);
            total = total.plus(summary.completion());
        }
        return new AssessmentSummary(assessment.getId(), template.id(), template.version(), total, dimensions,
                distribution, meanings, unanswered, gaps, conflicts, answers.orphaned(),
                AnswerChecks.issues(answers, questions));
    }

    private DimensionSummary dimension(TemplateDimension dimension) {
        List<ThemeSummary> themes = new ArrayList<>();
        Completion completion = new Completion(0, 0);
        for (TemplateTheme theme : dimension.themes()) {
            ThemeTally tally = new ThemeTally(dimension.id(), theme.id(), names.of(theme));
            questions.stream().filter(placed -> placed.theme().id().equals(theme.id()))
                    .forEach(placed -> count(placed, tally));
            themes.add(tally.summary());
            completion = completion.plus(tally.completion());
            if (tally.conflict() != null) {
                conflicts.add(tally.conflict());
            }
        }
        return new DimensionSummary(dimension.id(), names.of(dimension), completion, themes);
    }

    private void count(PlacedQuestion placed, ThemeTally tally) {
        AnswerOption option = answers.option(placed).orElse(null);
        tally.count(placed.question().id(), option);
        if (option == null) {
            unanswered++;
            return;
        }
        distribution.merge(option.id(), 1, Integer::sum);
        meanings.merge(option.meaning(), 1, Integer::sum);
        if (option.meaning().isGap()) {
            String justification = Objects.requireNonNullElse(answers.answer(placed).orElseThrow().getJustification(), "");
            gaps.add(new Gap(placed.dimension().id(), placed.theme().id(), placed.rule().id(), placed.question().id(),
                    placed.question().textNb(), option.id(), option.labelNb(), option.meaning(), justification));
        }
    }
}
