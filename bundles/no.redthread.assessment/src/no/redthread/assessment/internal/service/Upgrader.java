package no.redthread.assessment.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.redthread.assessment.OrphanedAnswer;
import no.redthread.assessment.UpgradeReport;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;

/** Moves an assessment to another version of its template; never removes an answer. */
final class Upgrader {

    private Upgrader() {
    }

    static UpgradeReport upgrade(Assessment assessment, FormTemplate version) {
        if (!version.id().equals(assessment.getTemplateId())) {
            throw new IllegalArgumentException("assessment " + assessment.getId() + " answers template "
                    + assessment.getTemplateId() + ", not " + version.id());
        }
        List<OrphanedAnswer> orphaned = new ArrayList<>();
        List<String> reattached = new ArrayList<>();
        List<String> offScale = new ArrayList<>();
        for (Answer answer : assessment.getAnswers()) {
            Optional<PlacedQuestion> placed = version.question(answer.getQuestionId());
            if (placed.isEmpty()) {
                answer.setOrphaned(true);
                orphaned.add(Answers.toOrphan(answer));
                continue;
            }
            if (answer.isOrphaned()) {
                answer.setOrphaned(false);
                reattached.add(answer.getQuestionId());
            }
            Placement.copy(placed.get(), answer);
            if (version.scaleOf(placed.get().question()).option(answer.getOptionId()).isEmpty()) {
                offScale.add(answer.getQuestionId());
            }
        }
        List<String> newQuestions = version.questions().stream().map(placed -> placed.question().id())
                .filter(id -> assessment.answerTo(id) == null).toList();
        String from = assessment.getTemplateVersion();
        assessment.setTemplateVersion(version.version());
        return new UpgradeReport(version.id(), from, version.version(), orphaned, reattached, offScale, newQuestions);
    }
}
