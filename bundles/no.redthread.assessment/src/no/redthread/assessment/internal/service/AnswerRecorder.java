package no.redthread.assessment.internal.service;

import java.time.Clock;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentFactory;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Plan;

/** Creates assessments and records answers and status changes, with who and when. */
final class AnswerRecorder {

    private final Clock clock;

    AnswerRecorder(Clock clock) {
        this.clock = clock;
    }

    Assessment create(FormTemplate template, Plan plan, String createdBy) {
        PlanLevel level = template.planLevel();
        if (plan.getKind() != null && level != PlanLevel.SAKSBEHANDLING && !level.planKinds().contains(plan.getKind())) {
            throw new IllegalArgumentException("a " + level.key() + " worksheet does not assess a plan of kind "
                    + plan.getKind());
        }
        Assessment assessment = newAssessment(template, createdBy);
        assessment.setPlan(plan);
        return assessment;
    }

    Assessment create(FormTemplate template, Case caseToAssess, String createdBy) {
        if (template.planLevel() != PlanLevel.SAKSBEHANDLING) {
            throw new IllegalArgumentException("only a saksbehandling worksheet assesses a case, not "
                    + template.planLevel().key());
        }
        Assessment assessment = newAssessment(template, createdBy);
        assessment.setCase(caseToAssess);
        return assessment;
    }

    private Assessment newAssessment(FormTemplate template, String createdBy) {
        Assessment assessment = AssessmentFactory.eINSTANCE.createAssessment();
        assessment.setId(ModelIds.newId("assessment"));
        assessment.setName(template.titleNb());
        assessment.setTemplateId(template.id());
        assessment.setTemplateVersion(template.version());
        assessment.setStatus(AssessmentStatus.IN_PROGRESS);
        assessment.setCreatedBy(createdBy);
        assessment.setCreatedAt(clock.instant());
        return assessment;
    }

    Answer answer(Assessment assessment, FormTemplate template, String questionId, String optionId,
            String justification, String answeredBy) {
        if (assessment.getStatus() != AssessmentStatus.IN_PROGRESS) {
            throw new IllegalStateException("assessment " + assessment.getId() + " is " + assessment.getStatus()
                    + "; reopen it to change answers");
        }
        PlacedQuestion placed = template.question(questionId).orElseThrow(() -> new IllegalArgumentException(
                "template " + template.id() + " " + template.version() + " has no question " + questionId));
        AnswerOption option = template.scaleOf(placed.question()).option(optionId).orElseThrow(
                () -> new IllegalArgumentException("\"" + optionId + "\" is not an option of question " + questionId));
        Answer answer = assessment.answerTo(questionId);
        if (answer == null) {
            answer = AssessmentFactory.eINSTANCE.createAnswer();
            answer.setQuestionId(questionId);
            assessment.getAnswers().add(answer);
        }
        answer.setOrphaned(false);
        answer.setOptionId(option.id());
        answer.setJustification(justification == null || justification.isBlank() ? null : justification.strip());
        answer.setAnsweredBy(answeredBy);
        answer.setAnsweredAt(clock.instant());
        answer.setQuestionText(placed.question().textNb());
        Placement.copy(placed, answer);
        return answer;
    }

    void setStatus(Assessment assessment, AssessmentStatus status, String changedBy) {
        assessment.setStatus(status);
        assessment.setStatusChangedBy(changedBy);
        assessment.setStatusChangedAt(clock.instant());
    }
}
