package no.redthread.assessment.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.Gap;
import no.redthread.assessment.ThemeSummary;
import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.template.AnswerMeaning;

/** Picks the weak themes of a summary: any answer not fulfilled, or a mean score of 0.5 or lower. */
final class WeakThemes {

    static final double WEAK_SCORE = 0.5;

    private WeakThemes() {
    }

    static List<WeakTheme> of(AssessmentSummary summary) {
        List<WeakTheme> weak = new ArrayList<>();
        for (ThemeSummary theme : summary.themes()) {
            if (theme.score().isEmpty()) {
                continue;
            }
            int notFulfilled = count(summary, theme, AnswerMeaning.NOT_FULFILLED);
            double score = theme.score().getAsDouble();
            if (notFulfilled > 0 || score <= WEAK_SCORE) {
                weak.add(new WeakTheme(theme.dimensionId(), theme.themeId(), theme.nameNb(), score, notFulfilled,
                        count(summary, theme, AnswerMeaning.PARTLY)));
            }
        }
        weak.sort(Comparator.comparingDouble(WeakTheme::score)); // stable: template order among equals
        return weak;
    }

    private static int count(AssessmentSummary summary, ThemeSummary theme, AnswerMeaning meaning) {
        return (int) summary.gaps().stream().filter(gap -> gap.themeId().equals(theme.themeId()))
                .map(Gap::meaning).filter(meaning::equals).count();
    }
}
