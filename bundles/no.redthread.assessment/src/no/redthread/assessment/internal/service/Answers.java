package no.redthread.assessment.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.redthread.assessment.OrphanedAnswer;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;

/** The answers of an assessment read against one template version. */
final class Answers {

    private final FormTemplate template;
    private final Map<String, Answer> current = new LinkedHashMap<>();
    private final List<Answer> orphaned;

    Answers(Assessment assessment, FormTemplate template) {
        this.template = template;
        for (Answer answer : assessment.getAnswers()) {
            if (!answer.isOrphaned() && template.question(answer.getQuestionId()).isPresent()) {
                current.put(answer.getQuestionId(), answer);
            }
        }
        // marked orphaned, or (read against another version) not in this template
        this.orphaned = assessment.getAnswers().stream()
                .filter(answer -> !current.containsKey(answer.getQuestionId())).toList();
    }

    /** The answer to a question of the template, if any. */
    Optional<Answer> answer(PlacedQuestion question) {
        return Optional.ofNullable(current.get(question.question().id()));
    }

    /** The chosen option of a question's answer, if there is an answer and its option is on the scale. */
    Optional<AnswerOption> option(PlacedQuestion question) {
        return answer(question).flatMap(answer -> template.scaleOf(question.question()).option(answer.getOptionId()));
    }

    /** The chosen option of the question with the given id, if the template has it (see above). */
    Optional<AnswerOption> optionOf(String questionId) {
        return template.question(questionId).flatMap(this::option);
    }

    List<OrphanedAnswer> orphaned() {
        return orphaned.stream().map(Answers::toOrphan).toList();
    }

    static OrphanedAnswer toOrphan(Answer answer) {
        return new OrphanedAnswer(answer.getQuestionId(), text(answer.getQuestionText()), text(answer.getDimensionId()),
                text(answer.getThemeId()), text(answer.getOptionId()), text(answer.getJustification()),
                text(answer.getAnsweredBy()), answer.getAnsweredAt());
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
