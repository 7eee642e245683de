package no.redthread.assessment.ui.internal;

import java.util.List;
import java.util.OptionalDouble;

import no.redthread.assessment.AnswerChange;
import no.redthread.assessment.AssessmentComparison;
import no.redthread.assessment.ThemeChange;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;

/** The rows of the comparison tables as they are shown: the headless comparison put into words. */
final class ComparisonRows {

    /** A theme whose score changed; scores in percent, the change with an arrow. */
    record ThemeRow(String themeId, String theme, String before, String after, String change) {
    }

    /** A question whose answer changed: the option labels before and after, and the kind of change in words. */
    record AnswerRow(AnswerChange change, String question, String before, String after, String kind) {
    }

    private ComparisonRows() {
    }

    static List<ThemeRow> themes(AssessmentComparison comparison, Names names) {
        return comparison.themes().stream().map(change -> new ThemeRow(change.themeId(), themeName(change, names),
                score(change.previousScore()), score(change.currentScore()), change(change))).toList();
    }

    /**
     * @param before the earlier assessment's worksheet version (may be null if not installed)
     * @param after the later assessment's worksheet version
     */
    static List<AnswerRow> answers(AssessmentComparison comparison, FormTemplate before, FormTemplate after) {
        return comparison.changes().stream().map(change -> new AnswerRow(change,
                questionText(change.questionId(), after, before),
                optionLabel(before, change.questionId(), change.previousOptionId()),
                optionLabel(after, change.questionId(), change.currentOptionId()),
                Messages.get("comparison.kind." + change.kind().name()))).toList();
    }

    /** The catalogue's name in the UI language like the gaps table, else the worksheet's. */
    private static String themeName(ThemeChange change, Names names) {
        String name = names.theme(change.themeId(), null);
        return name.equals(change.themeId()) ? change.nameNb() : name;
    }

    static String score(OptionalDouble score) {
        return score.isPresent() ? Messages.get("comparison.percent", Math.round(score.getAsDouble() * 100)) : "\u2013";
    }

    /** "↑ +50" or "↓ -25" (percentage points); a theme scored only on one side is "new" or "no score". */
    static String change(ThemeChange change) {
        OptionalDouble delta = change.delta();
        if (delta.isEmpty()) {
            return change.currentScore().isPresent() ? Messages.get("comparison.change.new")
                    : Messages.get("comparison.change.none");
        }
        long points = Math.round(delta.getAsDouble() * 100);
        return delta.getAsDouble() > 0 ? "\u2191 +" + points : "\u2193 " + points;
    }

    private static String questionText(String questionId, FormTemplate first, FormTemplate second) {
        for (FormTemplate template : new FormTemplate[] {first, second}) {
            if (template != null) {
                PlacedQuestion placed = template.question(questionId).orElse(null);
                if (placed != null) {
                    return placed.question().textNb();
                }
            }
        }
        return questionId;
    }

    /** The option's label on the question's scale; "–" for no answer. */
    private static String optionLabel(FormTemplate template, String questionId, String optionId) {
        if (optionId == null || optionId.isEmpty()) {
            return "\u2013";
        }
        PlacedQuestion placed = template == null ? null : template.question(questionId).orElse(null);
        if (placed != null) {
            var option = template.scaleOf(placed.question()).option(optionId);
            if (option.isPresent()) {
                return option.get().labelNb();
            }
        }
        return Names.optionLabel(template, optionId);
    }
}
