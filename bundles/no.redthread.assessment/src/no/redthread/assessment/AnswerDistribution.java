package no.redthread.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.AnswerMeaning;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.AnswerScale;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.assessment.template.TemplateDimension;

/**
 * How the answers of each dimension spread over the answer options: the data of the summary's stacked bar chart,
 * which the assessment views draw with SWT and the case-document report with PDF graphics or SVG. An answer counts
 * when it is not orphaned and its option is on its question's scale; every other question is unanswered ("ikke
 * vurdert" is an option like the others here, as in {@link AssessmentSummary#distribution()}).
 *
 * @param dimensionIds the template's dimensions in display order
 * @param options every option of every scale in scale order, each id once (the first scale that has it names it)
 * @param counts per option id, the answers per dimension (indexed like {@code dimensionIds})
 * @param unanswered per dimension, the questions without a counted answer
 * @since 1.2
 */
public record AnswerDistribution(List<String> dimensionIds, List<AnswerOption> options, Map<String, int[]> counts,
        int[] unanswered) {

    /** The colour of the unanswered questions, as 0xRRGGBB. */
    public static final int UNANSWERED_RGB = 0xE1E1E1;

    public static AnswerDistribution of(Assessment assessment, FormTemplate template) {
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
        return new AnswerDistribution(dimensionIds, new ArrayList<>(options.values()), counts, unanswered);
    }

    /** The answers per dimension that chose the option (zeros for an unknown option). */
    public int[] count(String optionId) {
        return counts.getOrDefault(optionId, new int[dimensionIds.size()]).clone();
    }

    /** The questions of each dimension, answered or not: the height of its bar. */
    public int[] totals() {
        int[] totals = unanswered.clone();
        counts.values().forEach(values -> {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += values[i];
            }
        });
        return totals;
    }

    /**
     * The colour an answer's meaning is drawn in, as 0xRRGGBB: green for taken care of, light green for no notable
     * effect, amber for partly, red for not, greys for the answers without a score.
     */
    public static int rgb(AnswerMeaning meaning) {
        return switch (meaning) {
            case FULFILLED -> 0x388E3C;
            case NEUTRAL -> 0x81C784;
            case PARTLY -> 0xFFB300;
            case NOT_FULFILLED -> 0xD32F2F;
            case NOT_RELEVANT -> 0x8C8C8C;
            case NOT_ASSESSED -> 0xBEBEBE;
        };
    }
}
