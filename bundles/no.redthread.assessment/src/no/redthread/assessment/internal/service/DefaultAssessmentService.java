package no.redthread.assessment.internal.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.assessment.AnswerIssue;
import no.redthread.assessment.AssessmentComparison;
import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.UpgradeReport;
import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Plan;

/** The assessment service over the template catalogue; theme names fall back to the sustainability catalogue. */
@Component(service = AssessmentService.class)
public final class DefaultAssessmentService implements AssessmentService {

    private final FormTemplateCatalog templates;
    private final Names names;
    private final AnswerRecorder recorder;

    @Activate
    public DefaultAssessmentService(@Reference FormTemplateCatalog templates, @Reference CatalogueService catalogue) {
        this(templates, new Names(catalogue), Clock.systemUTC());
    }

    DefaultAssessmentService(FormTemplateCatalog templates, Names names, Clock clock) {
        this.templates = templates;
        this.names = names;
        this.recorder = new AnswerRecorder(clock);
    }

    @Override
    public Assessment create(FormTemplate template, Plan plan, String createdBy) {
        return recorder.create(template, plan, createdBy);
    }

    @Override
    public Assessment create(FormTemplate template, Case caseToAssess, String createdBy) {
        return recorder.create(template, caseToAssess, createdBy);
    }

    @Override
    public Answer answer(Assessment assessment, String questionId, String optionId, String justification,
            String answeredBy) {
        return recorder.answer(assessment, requireTemplate(assessment), questionId, optionId, justification, answeredBy);
    }

    @Override
    public List<AnswerIssue> check(Assessment assessment) {
        FormTemplate template = requireTemplate(assessment);
        return AnswerChecks.issues(new Answers(assessment, template), template.questions());
    }

    @Override
    public void changeStatus(Assessment assessment, AssessmentStatus status, String changedBy) {
        AssessmentStatus from = assessment.getStatus();
        StatusRules.check(from, status, status == AssessmentStatus.COMPLETED ? check(assessment) : List.of());
        recorder.setStatus(assessment, status, changedBy);
    }

    @Override
    public UpgradeReport upgrade(Assessment assessment, FormTemplate version) {
        return Upgrader.upgrade(assessment, version);
    }

    @Override
    public Optional<FormTemplate> templateOf(Assessment assessment) {
        return templates.template(assessment.getTemplateId(), assessment.getTemplateVersion());
    }

    @Override
    public AssessmentSummary summarise(Assessment assessment) {
        return summarise(assessment, requireTemplate(assessment));
    }

    @Override
    public AssessmentSummary summarise(Assessment assessment, FormTemplate template) {
        return Summariser.summarise(assessment, template, names);
    }

    @Override
    public List<WeakTheme> weakThemes(Assessment assessment) {
        return summarise(assessment).weakThemes();
    }

    @Override
    public AssessmentComparison compare(Assessment previous, Assessment current) {
        boolean sameSubject = previous.subject() != null && previous.subject() == current.subject();
        if (!sameSubject && current.getPrevious() != previous) {
            throw new IllegalArgumentException("assessments " + previous.getId() + " and " + current.getId()
                    + " assess different plans or cases, and the later does not continue the earlier");
        }
        return Comparer.compare(side(previous), side(current));
    }

    private Comparer.Side side(Assessment assessment) {
        FormTemplate template = requireTemplate(assessment);
        return new Comparer.Side(template, new Answers(assessment, template), summarise(assessment, template));
    }

    private FormTemplate requireTemplate(Assessment assessment) {
        return templateOf(assessment).orElseThrow(() -> new IllegalStateException("template "
                + assessment.getTemplateId() + " version " + assessment.getTemplateVersion()
                + " of assessment " + assessment.getId() + " is not installed"));
    }
}
