package no.redthread.assessment.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import no.redthread.assessment.AnswerIssue;
import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.workbench.settings.UserProfile;

/**
 * The editor's status buttons: complete an assessment in progress, approve a completed one, reopen either. What keeps
 * an assessment from being completed is told in the editor's message line (not a dialog, so the user can go straight
 * on answering), and the first such question is shown.
 */
final class StatusActions {

    private final AssessmentService service;
    private final UserProfile users;
    private final Consumer<String> message;
    private final Consumer<String> revealQuestion;
    private final Button complete;
    private final Button approve;
    private final Button reopen;
    private Assessment assessment;
    private EditingDomain domain;

    StatusActions(Composite parent, AssessmentService service, UserProfile users, Consumer<String> message,
            Consumer<String> revealQuestion) {
        this.service = service;
        this.users = users;
        this.message = message;
        this.revealQuestion = revealQuestion;
        Composite buttons = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.marginTop = layout.marginBottom = 0;
        buttons.setLayout(layout);
        complete = button(buttons, "editor.complete", AssessmentStatus.COMPLETED);
        approve = button(buttons, "editor.approve", AssessmentStatus.APPROVED);
        reopen = button(buttons, "editor.reopen", AssessmentStatus.IN_PROGRESS);
    }

    private Button button(Composite parent, String key, AssessmentStatus target) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.get(key));
        button.addListener(SWT.Selection, e -> moveTo(target));
        return button;
    }

    /** Shows the buttons that fit the assessment's status; none when it cannot be changed (no domain, read-only). */
    void update(Assessment shown, EditingDomain editingDomain, boolean writable) {
        assessment = shown;
        domain = editingDomain;
        AssessmentStatus status = shown == null ? null : shown.getStatus();
        boolean changeable = shown != null && domain != null && writable;
        show(complete, changeable && status == AssessmentStatus.IN_PROGRESS);
        show(approve, changeable && status == AssessmentStatus.COMPLETED);
        show(reopen, changeable && status != AssessmentStatus.IN_PROGRESS);
        complete.getParent().layout(true);
    }

    private static void show(Button button, boolean shown) {
        RowData data = button.getLayoutData() instanceof RowData existing ? existing : new RowData();
        data.exclude = !shown;
        button.setLayoutData(data);
        button.setVisible(shown);
    }

    void moveTo(AssessmentStatus target) {
        if (assessment == null || domain == null) {
            return;
        }
        if (target == AssessmentStatus.COMPLETED) {
            List<AnswerIssue> blockers = service.check(assessment).stream()
                    .filter(issue -> issue.kind() != AnswerIssue.Kind.ORPHANED).toList();
            if (!blockers.isEmpty()) {
                message.accept(Messages.get("editor.cannotComplete", describe(blockers)));
                revealQuestion.accept(blockers.get(0).questionId());
                return;
            }
        }
        AssessmentEdits.changeStatus(domain, service, assessment, target, users.displayName());
        message.accept(null);
    }

    /** E.g. "28 ubesvart, 2 mangler begrunnelse". */
    static String describe(List<AnswerIssue> issues) {
        Map<AnswerIssue.Kind, Integer> counts = new TreeMap<>();
        issues.forEach(issue -> counts.merge(issue.kind(), 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream()
                .map(e -> Messages.get("issue." + e.getKey().name(), e.getValue())).toList());
    }

    Button complete() {
        return complete;
    }

    Button approve() {
        return approve;
    }

    Button reopen() {
        return reopen;
    }
}
