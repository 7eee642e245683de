package no.redthread.assessment.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import no.redthread.assessment.Completion;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.ThemeSummary;
import no.redthread.assessment.template.AnswerOption;

/** Counts the answers of one theme while a summary is made. */
final class ThemeTally {

    private final String dimensionId;
    private final String themeId;
    private final String name;
    private int total;
    private int answered;
    private double scoreSum;
    private int scored;
    private int gaps;
    private final List<String> positive = new ArrayList<>();
    private final List<String> negative = new ArrayList<>();

    ThemeTally(String dimensionId, String themeId, String name) {
        this.dimensionId = dimensionId;
        this.themeId = themeId;
        this.name = name;
    }

    /** Counts one question and its chosen option, if it has one. */
    void count(String questionId, AnswerOption option) {
        total++;
        if (option == null) {
            return;
        }
        if (option.meaning().countsAsAnswered()) {
            answered++;
        }
        option.meaning().score().ifPresent(score -> {
            scoreSum += score;
            scored++;
        });
        if (option.meaning().isGap()) {
            gaps++;
        }
        if (option.direction() > 0) {
            positive.add(questionId);
        } else if (option.direction() < 0) {
            negative.add(questionId);
        }
    }

    Completion completion() {
        return new Completion(answered, total);
    }

    ThemeSummary summary() {
        OptionalDouble score = scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(scoreSum / scored);
        return new ThemeSummary(dimensionId, themeId, name, completion(), score, positive.size(), negative.size(), gaps);
    }

    /** The theme as a candidate goal conflict, or null if its answers do not pull both ways. */
    ConflictCandidate conflict() {
        return positive.isEmpty() || negative.isEmpty() ? null
                : new ConflictCandidate(dimensionId, themeId, name, positive, negative);
    }
}
