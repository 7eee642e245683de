package no.redthread.assessment.internal.service;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.template.PlacedQuestion;

/** Copies a question's place in its template onto its answer, so the answer keeps its context if orphaned. */
final class Placement {

    private Placement() {
    }

    static void copy(PlacedQuestion placed, Answer answer) {
        answer.setDimensionId(placed.dimension().id());
        answer.setThemeId(placed.theme().id());
        answer.setRuleId(placed.rule().id());
    }
}
