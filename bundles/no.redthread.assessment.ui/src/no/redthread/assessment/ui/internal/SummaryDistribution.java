package no.redthread.assessment.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.AnswerScale;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.assessment.template.TemplateDimension;

/**
 * How the answers of each dimension spread over the answer options. The headless {@code AssessmentSummary} has the
 * distribution of the whole worksheet only; this counts the same way per dimension: an answer counts when it is not
 * orphaned and its option is on its question's scale, every other question is unanswered ("ikke vurdert" is an
 * option like the others here, as in the headless distribution).
 *
 * @param dimensionIds the template's dimensions in display order
 * @param options every option of every scale in scale order, each id once (the first scale that has it names it)
 * @param counts per option id, the answers per dimension (indexed like {@code dimensionIds})
 * @param unanswered per dimension, the questions without a counted answer
 */
record SummaryDistribution(List<String> dimensionIds, List<AnswerOption> options, Map<String, int[]> counts,
        int[] unanswered) {

    static SummaryDistribution of(Assessment assessment, FormTemplate template) {
        Map<String, Answer> answers = new HashMap<>();
        for (Answer answer : assessment.getAnswers()) {
            if (!answer.isOrphaned() && answer.getQuestionId() != null) {
                answers.put(answer.getQuestionId(), answer);
            }
        }
        List<String> dimensionIds = template.dimensions().stream().map(TemplateDimension::id).toList();
        Map<String, AnswerOption> options = new LinkedHashMap<>();
        for (AnswerScale scale : template.scales()) {
            scale.options().forEach(option -> options.putIfAbsent(option.id(), option));
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        options.keySet().forEach(id -> counts.put(id, new int[dimensionIds.size()]));
        int[] unanswered = new int[dimensionIds.size()];
        for (PlacedQuestion placed : template.questions()) {
            int dimension = dimensionIds.indexOf(placed.dimension().id());
            Answer answer = answers.get(placed.question().id());
            AnswerOption option = answer == null ? null
                    : template.scaleOf(placed.question()).option(answer.getOptionId()).orElse(null);
            if (option == null) {
                unanswered[dimension]++;
            } else {
                counts.get(option.id())[dimension]++;
            }
        }
        return new SummaryDistribution(dimensionIds, new ArrayList<>(options.values()), counts, unanswered);
    }

    /** The answers per dimension that chose the option, as chart values. */
    double[] values(String optionId) {
        return toDoubles(counts.getOrDefault(optionId, new int[dimensionIds.size()]));
    }

    /** The unanswered questions per dimension, as chart values. */
    double[] unansweredValues() {
        return toDoubles(unanswered);
    }

    private static double[] toDoubles(int[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    /** The label of an option id on any of the template's scales, else the id itself (e.g. an off-scale answer). */
    static String label(FormTemplate template, String optionId) {
        if (template != null) {
            for (AnswerScale scale : template.scales()) {
                for (AnswerOption option : scale.options()) {
                    if (option.id().equals(optionId)) {
                        return option.labelNb();
                    }
                }
            }
        }
        return optionId;
    }
}
