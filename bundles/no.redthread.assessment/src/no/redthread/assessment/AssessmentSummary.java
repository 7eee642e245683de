package no.redthread.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.redthread.assessment.template.AnswerMeaning;

/**
 * What an assessment shows: completion per dimension and theme, the distribution of answers, the gaps, the
 * candidate goal conflicts, and the orphaned answers and other issues.
 *
 * @param assessmentId the assessment's id
 * @param templateId the template's id
 * @param templateVersion the template version the summary was computed against
 * @param completion completion of the whole worksheet
 * @param dimensions per dimension and theme, in template order
 * @param distribution how many answers chose each option id, in scale order (orphaned and off-scale answers are
 *            not counted)
 * @param meanings how many answers have each meaning; questions without an answer are counted in
 *            {@code unanswered}, not here
 * @param unanswered questions without an answer (or whose answer's option is not on the scale)
 * @param gaps the answers that are not fulfilled or partly, in template order
 * @param conflicts the themes whose answers pull in opposite directions
 * @param orphanedAnswers answers to questions the template no longer has
 * @param issues everything that keeps the assessment from being completed, and the orphaned answers
 */
public record AssessmentSummary(String assessmentId, String templateId, String templateVersion, Completion completion,
        List<DimensionSummary> dimensions, Map<String, Integer> distribution, Map<AnswerMeaning, Integer> meanings,
        int unanswered, List<Gap> gaps, List<ConflictCandidate> conflicts, List<OrphanedAnswer> orphanedAnswers,
        List<AnswerIssue> issues) {

    /** The mean score at or below which a theme is weak. */
    public static final double WEAK_SCORE = 0.5;

    public AssessmentSummary {
        dimensions = List.copyOf(dimensions);
        distribution = Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
        meanings = Collections.unmodifiableMap(new EnumMap<>(meanings));
        gaps = List.copyOf(gaps);
        conflicts = List.copyOf(conflicts);
        orphanedAnswers = List.copyOf(orphanedAnswers);
        issues = List.copyOf(issues);
    }

    /** Every theme of every dimension, in template order. */
    public List<ThemeSummary> themes() {
        return dimensions.stream().flatMap(dimension -> dimension.themes().stream()).toList();
    }

    /** The summary of one theme. */
    public Optional<ThemeSummary> theme(String themeId) {
        return themes().stream().filter(theme -> theme.themeId().equals(themeId)).findFirst();
    }

    /** The summary of one dimension. */
    public Optional<DimensionSummary> dimension(String dimensionId) {
        return dimensions.stream().filter(dimension -> dimension.dimensionId().equals(dimensionId)).findFirst();
    }

    /** The themes whose answers pull forward on balance (e.g. a case that helps them). */
    public List<ThemeSummary> helpedThemes() {
        return themes().stream().filter(theme -> theme.balance() > 0).toList();
    }

    /** The themes whose answers pull back on balance (e.g. a case that harms them). */
    public List<ThemeSummary> harmedThemes() {
        return themes().stream().filter(theme -> theme.balance() < 0).toList();
    }

    /**
     * The themes this summary rates weak (see {@link WeakTheme}): any answer not fulfilled, or a mean score of
     * {@value #WEAK_SCORE} or lower; weakest first, template order among equals.
     *
     * @since 1.1
     */
    public List<WeakTheme> weakThemes() {
        List<WeakTheme> weak = new ArrayList<>();
        for (ThemeSummary theme : themes()) {
            if (theme.score().isEmpty()) {
                continue;
            }
            int notFulfilled = gapCount(theme, AnswerMeaning.NOT_FULFILLED);
            double score = theme.score().getAsDouble();
            if (notFulfilled > 0 || score <= WEAK_SCORE) {
                weak.add(new WeakTheme(theme.dimensionId(), theme.themeId(), theme.nameNb(), score, notFulfilled,
                        gapCount(theme, AnswerMeaning.PARTLY)));
            }
        }
        weak.sort(Comparator.comparingDouble(WeakTheme::score));
        return weak;
    }

    private int gapCount(ThemeSummary theme, AnswerMeaning meaning) {
        return (int) gaps.stream().filter(gap -> gap.themeId().equals(theme.themeId())).map(Gap::meaning)
                .filter(meaning::equals).count();
    }
}
