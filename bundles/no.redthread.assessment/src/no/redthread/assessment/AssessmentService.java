package no.redthread.assessment;

import java.util.List;
import java.util.Optional;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Plan;

/**
 * Creates, answers, checks and summarises assessments. An OSGi service.
 *
 * <p>The methods that change an assessment change the EMF objects directly; a UI runs them inside a command of the
 * editing domain (e.g. an EMF.Edit {@code ChangeCommand}) to make them undoable. Methods that need an assessment's
 * template find it in the {@link no.redthread.assessment.template.FormTemplateCatalog} by id and version and throw
 * {@link IllegalStateException} if it is not there (e.g. its content pack was removed).
 */
public interface AssessmentService {

    /**
     * A new, empty assessment of a plan, in progress. A worksheet of a plan level other than saksbehandling only
     * assesses plans of that level's kinds (or plans without a kind).
     *
     * @throws IllegalArgumentException if the template's level does not fit the plan's kind
     */
    Assessment create(FormTemplate template, Plan plan, String createdBy);

    /**
     * A new, empty assessment of a case, in progress.
     *
     * @throws IllegalArgumentException unless the template is a saksbehandling worksheet
     */
    Assessment create(FormTemplate template, Case caseToAssess, String createdBy);

    /**
     * Records an answer: sets the option and justification of the question's answer (creating it if needed), who
     * answered and when, and the question's place and text from the template. Evidence is added to the returned
     * answer's goal and measure lists. A missing required justification is allowed while in progress and reported
     * by {@link #check(Assessment)}.
     *
     * @throws IllegalArgumentException if the question is not in the template or the option not on its scale
     * @throws IllegalStateException if the assessment is not in progress
     */
    Answer answer(Assessment assessment, String questionId, String optionId, String justification, String answeredBy);

    /** What keeps the assessment from being completed, and its orphaned answers, in template order. */
    List<AnswerIssue> check(Assessment assessment);

    /**
     * Moves the assessment to another status and records who did it and when. In progress → completed needs every
     * question answered, every required justification given and no off-scale option; completed → approved; completed
     * or approved → in progress (reopen). Orphaned answers do not block completion.
     *
     * @throws IllegalStateException if the move is not allowed; the message lists the issues
     */
    void changeStatus(Assessment assessment, AssessmentStatus status, String changedBy);

    /**
     * Moves the assessment to another version of its template. Answers to questions the version does not have are
     * kept and marked orphaned; orphaned answers whose question is back are reattached; nothing is removed.
     *
     * @throws IllegalArgumentException if the template has another id than the assessment's
     */
    UpgradeReport upgrade(Assessment assessment, FormTemplate version);

    /** The template version the assessment was answered against, if the catalogue has it. */
    Optional<FormTemplate> templateOf(Assessment assessment);

    /** The summary against the assessment's own template version. */
    AssessmentSummary summarise(Assessment assessment);

    /** The summary against the given template (normally the assessment's own version). */
    AssessmentSummary summarise(Assessment assessment, FormTemplate template);

    /**
     * The themes the assessment rates weak (see {@link WeakTheme}), weakest first, for other modules to build on
     * (indicators of those themes, funding schemes that fit them, ...).
     */
    List<WeakTheme> weakThemes(Assessment assessment);

    /**
     * Compares two assessments of the same plan or case, e.g. of the previous and the current revision. A revised
     * plan may be a new plan object: then the current assessment names the earlier one as its previous assessment.
     *
     * @throws IllegalArgumentException if they assess different plans or cases and the current assessment does not
     *             name the earlier one as its previous assessment
     */
    AssessmentComparison compare(Assessment previous, Assessment current);
}
