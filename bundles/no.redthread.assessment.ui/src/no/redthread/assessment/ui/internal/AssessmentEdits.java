package no.redthread.assessment.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Plan;
import no.redthread.workspace.Workspace;

/** The assessment views' model changes, each one command on the workspace's command stack (so one Undo). */
public final class AssessmentEdits {

    /** The {@code ModelContribution} id of the assessment module's root. */
    public static final String ROOT = "assessment";

    private AssessmentEdits() {
    }

    /** Who answers: the operating-system user. */
    public static String user() {
        return System.getProperty("user.name", "");
    }

    /** Records one answer (option and justification) as one undoable command; true when it changed anything. */
    public static boolean answer(EditingDomain domain, AssessmentService service, Assessment assessment, String questionId,
            String optionId, String justification) {
        Answer existing = assessment.answerTo(questionId);
        String text = justification == null ? "" : justification;
        if (existing != null && optionId.equals(existing.getOptionId())
                && text.equals(existing.getJustification() == null ? "" : existing.getJustification())) {
            return false;
        }
        ChangeCommand command = new ChangeCommand(assessment) {
            @Override
            protected void doExecute() {
                service.answer(assessment, questionId, optionId, text, user());
            }
        };
        command.setLabel(Messages.get("command.answer.label"));
        domain.getCommandStack().execute(command);
        return true;
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
    public static Assessment create(Workspace workspace, AssessmentService service, FormTemplate template, EObject subject) {
        AssessmentSet root = (AssessmentSet) workspace.moduleRoot(ROOT)
                .orElseThrow(() -> new IllegalStateException("the workspace has no assessment module root"));
        Assessment[] created = new Assessment[1];
        ChangeCommand command = new ChangeCommand(root) {
            @Override
            protected void doExecute() {
                Assessment assessment = subject instanceof Case c ? service.create(template, c, user())
                        : service.create(template, (Plan) subject, user());
                root.getAssessments().add(assessment);
                created[0] = assessment;
            }

            @Override
            public java.util.Collection<?> getAffectedObjects() {
                return created[0] == null ? super.getAffectedObjects() : List.of(created[0]);
            }
        };
        command.setLabel(Messages.get("command.new.title"));
        domain(workspace).getCommandStack().execute(command);
        if (created[0] == null || !root.getAssessments().contains(created[0])) {
            throw new IllegalStateException("the assessment was not created");
        }
        return created[0];
    }

    private static EditingDomain domain(Workspace workspace) {
        return workspace.editingDomain();
    }

}
