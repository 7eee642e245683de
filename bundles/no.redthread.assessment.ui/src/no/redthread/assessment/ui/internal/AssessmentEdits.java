package no.redthread.assessment.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.UpgradeReport;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentFactory;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.model.Conclusion;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;

/** The assessment views' model changes, each one command on the workspace's command stack (so one Undo). */
public final class AssessmentEdits {

    /** The {@code ModelContribution} id of the assessment module's root. */
    public static final String ROOT = "assessment";

    private AssessmentEdits() {
    }

    /**
     * Records one answer (option and justification) as one undoable command; true when it changed anything.
     *
     * @param user who answers, as {@code UserProfile.displayName()} names the current user
     */
    public static boolean answer(EditingDomain domain, AssessmentService service, Assessment assessment, String questionId,
            String optionId, String justification, String user) {
        Answer existing = assessment.answerTo(questionId);
        String text = justification == null ? "" : justification;
        if (existing != null && optionId.equals(existing.getOptionId())
                && text.equals(existing.getJustification() == null ? "" : existing.getJustification())) {
            return false;
        }
        ChangeCommand command = new ChangeCommand(assessment) {
            @Override
            protected void doExecute() {
                service.answer(assessment, questionId, optionId, text, user);
            }
        };
        command.setLabel(Messages.get("command.answer.label"));
        domain.getCommandStack().execute(command);
        return true;
    }

    /** The plan system the assessed plan or case belongs to. */
    public static Optional<PlanSystem> planSystemOf(Assessment assessment) {
        EObject container = assessment.subject();
        while (container != null && !(container instanceof PlanSystem)) {
            container = container.eContainer();
        }
        return Optional.ofNullable((PlanSystem) container);
    }

    /** The plan level of a subject: a case is saksbehandling, a plan the level of its kind (empty without a kind). */
    public static Optional<PlanLevel> levelOf(EObject subject) {
        if (subject instanceof Case) {
            return Optional.of(PlanLevel.SAKSBEHANDLING);
        }
        if (subject instanceof Plan plan && plan.getKind() != null) {
            try {
                return Optional.of(PlanLevel.of(plan.getKind()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The worksheets for a subject, the one to preselect first: those of the subject's level, built-in ones before
     * examples; for a plan without a kind every non-saksbehandling worksheet.
     */
    public static List<FormTemplate> templatesFor(FormTemplateCatalog catalog, EObject subject) {
        Optional<PlanLevel> level = levelOf(subject);
        List<FormTemplate> templates = level.map(catalog::forLevel).orElseGet(() -> catalog.templates().stream()
                .filter(t -> t.planLevel() != PlanLevel.SAKSBEHANDLING).toList());
        return templates.stream().sorted((a, b) -> Boolean.compare(a.example(), b.example())).toList();
    }

    /** Creates an assessment of a plan or case with a worksheet and adds it to the workspace's assessment root, as one command. */
    public static Assessment create(Workspace workspace, AssessmentService service, FormTemplate template, EObject subject,
            String user) {
        return create(workspace, service, template, subject, user, assessment -> {
        }, Messages.get("command.new.title"));
    }

    private static Assessment create(Workspace workspace, AssessmentService service, FormTemplate template,
            EObject subject, String user, Consumer<Assessment> prepare, String label) {
        AssessmentSet root = (AssessmentSet) workspace.moduleRoot(ROOT)
                .orElseThrow(() -> new IllegalStateException("the workspace has no assessment module root"));
        Assessment[] created = new Assessment[1];
        ChangeCommand command = new ChangeCommand(root) {
            @Override
            protected void doExecute() {
                Assessment assessment = subject instanceof Case c ? service.create(template, c, user)
                        : service.create(template, (Plan) subject, user);
                prepare.accept(assessment);
                root.getAssessments().add(assessment);
                created[0] = assessment;
            }

            @Override
            public java.util.Collection<?> getAffectedObjects() {
                return created[0] == null ? super.getAffectedObjects() : List.of(created[0]);
            }
        };
        command.setLabel(label);
        domain(workspace).getCommandStack().execute(command);
        if (created[0] == null || !root.getAssessments().contains(created[0])) {
            throw new IllegalStateException("the assessment was not created");
        }
        return created[0];
    }

    /** Moves the assessment to another status (complete, approve, reopen) as one command. */
    public static void changeStatus(EditingDomain domain, AssessmentService service, Assessment assessment,
            AssessmentStatus status, String user) {
        execute(domain, assessment, Messages.get("command.status." + status.name()),
                () -> service.changeStatus(assessment, status, user));
    }

    /** Sets the assessor's conclusion for one dimension (blank removes it) as one command; false if unchanged. */
    public static boolean setConclusion(EditingDomain domain, Assessment assessment, String dimensionId, String text) {
        Conclusion existing = conclusion(assessment, dimensionId);
        String value = text == null ? "" : text.strip();
        if (value.equals(existing == null || existing.getText() == null ? "" : existing.getText())) {
            return false;
        }
        execute(domain, assessment, Messages.get("command.conclusion"), () -> {
            if (value.isEmpty()) {
                assessment.getConclusions().remove(existing);
            } else if (existing != null) {
                existing.setText(value);
            } else {
                Conclusion created = AssessmentFactory.eINSTANCE.createConclusion();
                created.setDimensionId(dimensionId);
                created.setText(value);
                assessment.getConclusions().add(created);
            }
        });
        return true;
    }

    /** The assessor's conclusion for a dimension, or null. */
    public static Conclusion conclusion(Assessment assessment, String dimensionId) {
        return assessment.getConclusions().stream().filter(c -> dimensionId.equals(c.getDimensionId())).findFirst()
                .orElse(null);
    }

    /** Replaces the goals, measures and indicators (by code) an answer cites as evidence, as one command. */
    public static void setEvidence(EditingDomain domain, Answer answer, List<Goal> goals, List<Measure> measures,
            List<String> indicatorCodes) {
        execute(domain, answer, Messages.get("command.evidence"), () -> {
            answer.getEvidenceGoals().clear();
            answer.getEvidenceGoals().addAll(goals);
            answer.getEvidenceMeasures().clear();
            answer.getEvidenceMeasures().addAll(measures);
            answer.getEvidenceIndicators().clear();
            answer.getEvidenceIndicators().addAll(indicatorCodes);
        });
    }

    /** Moves the assessment to another version of its worksheet as one command; no answer is lost. */
    public static UpgradeReport upgrade(EditingDomain domain, AssessmentService service, Assessment assessment,
            FormTemplate version) {
        UpgradeReport[] report = new UpgradeReport[1];
        execute(domain, assessment, Messages.get("command.upgrade"), () -> report[0] = service.upgrade(assessment, version));
        return report[0];
    }

    /**
     * A new revision of an assessment as one command: a new assessment of the same subject with the newest version of
     * the worksheet, which names the earlier one as its previous assessment and starts from a copy of its answers and
     * conclusions (answers to questions the newest version lacks are kept as orphaned answers).
     */
    public static Assessment newRevision(Workspace workspace, AssessmentService service, FormTemplate template,
            Assessment previous, String user) {
        Assessment created = create(workspace, service, template, previous.subject(), user, assessment -> {
            assessment.setName(Names.title(previous));
            assessment.setPrevious(previous);
            assessment.getAnswers().addAll(EcoreUtil.copyAll(previous.getAnswers()));
            assessment.getConclusions().addAll(EcoreUtil.copyAll(previous.getConclusions()));
            assessment.setTemplateVersion(previous.getTemplateVersion());
            service.upgrade(assessment, template);
        }, Messages.get("command.revision"));
        return created;
    }

    /** Deletes assessments (and references to them, e.g. as another's previous revision) as one command. */
    public static void delete(EditingDomain domain, List<Assessment> assessments) {
        Command command = DeleteCommand.create(domain, assessments);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private static void execute(EditingDomain domain, EObject owner, String label, Runnable change) {
        ChangeCommand command = new ChangeCommand(owner) {
            @Override
            protected void doExecute() {
                change.run();
            }
        };
        command.setLabel(label);
        domain.getCommandStack().execute(command);
    }

    private static EditingDomain domain(Workspace workspace) {
        return workspace.editingDomain();
    }

}
