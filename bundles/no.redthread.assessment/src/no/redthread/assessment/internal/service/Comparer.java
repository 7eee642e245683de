package no.redthread.assessment.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import no.redthread.assessment.AnswerChange;
import no.redthread.assessment.AnswerChange.Kind;
import no.redthread.assessment.AssessmentComparison;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.Gap;
import no.redthread.assessment.ThemeChange;
import no.redthread.assessment.ThemeSummary;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;

/** Compares two summarised assessments question by question (by stable question id) and theme by theme. */
final class Comparer {

    private final Side previous;
    private final Side current;

    /** One assessment with its template, answers and summary. */
    record Side(FormTemplate template, Answers answers, AssessmentSummary summary) {
    }

    private Comparer(Side previous, Side current) {
        this.previous = previous;
        this.current = current;
    }

    static AssessmentComparison compare(Side previous, Side current) {
        Comparer comparer = new Comparer(previous, current);
        return new AssessmentComparison(previous.summary(), current.summary(), comparer.changes(), comparer.themes(),
                missingFrom(previous.summary().gaps(), current.summary().gaps()),
                missingFrom(current.summary().gaps(), previous.summary().gaps()));
    }

    private List<AnswerChange> changes() {
        Map<String, String> themeOf = new LinkedHashMap<>();
        for (Side side : List.of(current, previous)) {
            for (PlacedQuestion placed : side.template().questions()) {
                themeOf.putIfAbsent(placed.question().id(), placed.theme().id());
            }
        }
        List<AnswerChange> changes = new ArrayList<>();
        themeOf.forEach((questionId, themeId) -> change(questionId, themeId).ifPresent(changes::add));
        return changes;
    }

    private Optional<AnswerChange> change(String questionId, String themeId) {
        AnswerOption before = previous.answers().optionOf(questionId).orElse(null);
        AnswerOption after = current.answers().optionOf(questionId).orElse(null);
        boolean wasAnswered = before != null && before.meaning().countsAsAnswered();
        boolean isAnswered = after != null && after.meaning().countsAsAnswered();
        Kind kind;
        if (wasAnswered && !isAnswered) {
            kind = Kind.UNANSWERED;
        } else if (!wasAnswered && isAnswered) {
            kind = Kind.ANSWERED;
        } else if (!wasAnswered || before.id().equals(after.id())) {
            return Optional.empty();
        } else {
            kind = kindOf(before.meaning().score(), after.meaning().score());
        }
        return Optional.of(new AnswerChange(questionId, themeId, before == null ? "" : before.id(),
                after == null ? "" : after.id(), kind));
    }

    private static Kind kindOf(OptionalDouble before, OptionalDouble after) {
        if (before.isEmpty() || after.isEmpty() || before.getAsDouble() == after.getAsDouble()) {
            return Kind.CHANGED;
        }
        return after.getAsDouble() > before.getAsDouble() ? Kind.IMPROVED : Kind.WORSENED;
    }

    private List<ThemeChange> themes() {
        Set<String> ids = new LinkedHashSet<>();
        current.summary().themes().forEach(theme -> ids.add(theme.themeId()));
        previous.summary().themes().forEach(theme -> ids.add(theme.themeId()));
        List<ThemeChange> changes = new ArrayList<>();
        for (String id : ids) {
            Optional<ThemeSummary> before = previous.summary().theme(id);
            Optional<ThemeSummary> after = current.summary().theme(id);
            OptionalDouble scoreBefore = before.map(ThemeSummary::score).orElse(OptionalDouble.empty());
            OptionalDouble scoreAfter = after.map(ThemeSummary::score).orElse(OptionalDouble.empty());
            if (!scoreBefore.equals(scoreAfter)) {
                String name = after.or(() -> before).map(ThemeSummary::nameNb).orElse(id);
                changes.add(new ThemeChange(id, name, scoreBefore, scoreAfter));
            }
        }
        return changes;
    }

    /** The gaps of {@code gaps} whose question is no gap in {@code others}. */
    private static List<Gap> missingFrom(List<Gap> gaps, List<Gap> others) {
        Set<String> otherQuestions = new LinkedHashSet<>();
        others.forEach(gap -> otherQuestions.add(gap.questionId()));
        return gaps.stream().filter(gap -> !otherQuestions.contains(gap.questionId())).toList();
    }
}
