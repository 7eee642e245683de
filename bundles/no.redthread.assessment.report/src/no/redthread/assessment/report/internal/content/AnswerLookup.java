package no.redthread.assessment.report.internal.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.AnswerScale;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;

/**
 * The answers of an assessment read against its template, as the summary reads them: an answer counts for a
 * question of the template unless it is marked orphaned.
 */
final class AnswerLookup {

    private final FormTemplate template;
    private final Map<String, Answer> current = new HashMap<>();

    AnswerLookup(Assessment assessment, FormTemplate template) {
        this.template = template;
        for (Answer answer : assessment.getAnswers()) {
            if (!answer.isOrphaned() && template.question(answer.getQuestionId()).isPresent()) {
                current.put(answer.getQuestionId(), answer);
            }
        }
    }

    Optional<Answer> answer(PlacedQuestion question) {
        return Optional.ofNullable(current.get(question.question().id()));
    }

    /** The chosen option, if the question has an answer whose option is on the question's scale. */
    Optional<AnswerOption> option(PlacedQuestion question) {
        return answer(question).flatMap(answer -> template.scaleOf(question.question()).option(answer.getOptionId()));
    }

    /** The label of an option id on any of the template's scales (for orphaned answers); else the id itself. */
    String labelOf(String optionId) {
        return template.scales().stream().map(AnswerScale::options).flatMap(List::stream)
                .filter(option -> option.id().equals(optionId)).map(AnswerOption::labelNb).findFirst()
                .orElse(optionId);
    }

    /** The cells "answer" and "justification" of a question's row in a theme table. */
    String[] cells(PlacedQuestion question) {
        Optional<Answer> answer = answer(question);
        if (answer.isEmpty()) {
            return new String[] {"Ikke besvart", ""};
        }
        String justification = Words.orEmpty(answer.get().getJustification());
        Optional<AnswerOption> option = option(question);
        if (option.isEmpty()) {
            return new String[] {answer.get().getOptionId() + " (svaralternativ som ikke finnes i skjemaet)",
                    justification};
        }
        // the question's own list: the template parser fills it from the options unless the question overrides them
        if (justification.isEmpty() && question.question().requiresJustification(option.get().id())) {
            justification = Words.NO_JUSTIFICATION;
        }
        return new String[] {option.get().labelNb(), withEvidence(justification, answer.get())};
    }

    /** The justification followed by the goals and measures the answer cites, e.g. "Dokumentasjon: mål X; tiltak Y; indikator Z". */
    private static String withEvidence(String justification, Answer answer) {
        List<String> cited = new ArrayList<>();
        answer.getEvidenceGoals().forEach(goal -> cited.add("mål " + Words.orEmpty(goal.getName())));
        answer.getEvidenceMeasures().forEach(measure -> cited.add("tiltak " + Words.orEmpty(measure.getName())));
        answer.getEvidenceIndicators().forEach(code -> cited.add("indikator " + code));
        if (cited.isEmpty()) {
            return justification;
        }
        String evidence = "Dokumentasjon: " + String.join("; ", cited) + ".";
        return justification.isEmpty() ? evidence : justification + "\n" + evidence;
    }
}
