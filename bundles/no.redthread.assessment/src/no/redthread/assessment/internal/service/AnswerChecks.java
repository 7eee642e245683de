package no.redthread.assessment.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.redthread.assessment.AnswerIssue;
import no.redthread.assessment.AnswerIssue.Kind;
import no.redthread.assessment.OrphanedAnswer;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.template.PlacedQuestion;

/** The issues of an assessment: unanswered questions, missing justifications, off-scale options, orphans. */
final class AnswerChecks {

    private AnswerChecks() {
    }

    static List<AnswerIssue> issues(Answers answers, List<PlacedQuestion> questions) {
        List<AnswerIssue> issues = new ArrayList<>();
        for (PlacedQuestion question : questions) {
            String id = question.question().id();
            Optional<Answer> answer = answers.answer(question);
            if (answer.isEmpty()) {
                issues.add(new AnswerIssue(id, Kind.UNANSWERED, "no answer"));
            } else if (answers.option(question).isEmpty()) {
                issues.add(new AnswerIssue(id, Kind.UNKNOWN_OPTION, "the option \"" + answer.get().getOptionId()
                        + "\" is not on the scale \"" + question.question().scaleId() + "\"; answer again"));
            } else if (question.question().requiresJustification(answer.get().getOptionId())
                    && Answers.text(answer.get().getJustification()).isBlank()) {
                issues.add(new AnswerIssue(id, Kind.MISSING_JUSTIFICATION,
                        "the answer \"" + answer.get().getOptionId() + "\" needs a justification"));
            }
        }
        for (OrphanedAnswer orphan : answers.orphaned()) {
            issues.add(new AnswerIssue(orphan.questionId(), Kind.ORPHANED,
                    "the template no longer has this question; the answer is kept"));
        }
        return issues;
    }
}
