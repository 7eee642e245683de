package no.redthread.assessment.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.Completion;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.Question;
import no.redthread.assessment.template.TemplateDimension;
import no.redthread.assessment.template.TemplateRule;
import no.redthread.assessment.template.TemplateTheme;
import no.redthread.workbench.settings.UserProfile;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;
import no.redthread.workspace.ui.WorkspaceWatch;

/**
 * The assessment editor: the assessment selected anywhere, one tab per dimension with the dimension's conclusion, a
 * group per theme and a {@link QuestionRow} per question; the status buttons, an offer to move to a newer worksheet
 * version, and a tab of orphaned answers when there are any. Every change is one command on the workspace's command
 * stack.
 */
public final class AssessmentEditorPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final AssessmentService service;
    private final Names names;
    private final PartSite site;
    private final FormTemplateCatalog catalog;
    /** Who answers: read at each answer, so a name just set in Preferences is recorded at once. */
    private final UserProfile users;

    private Composite root;
    private Label title;
    private Label status;
    private ProgressBar progress;
    private Label progressText;
    private Button unansweredOnly;
    private Label message;
    private CTabFolder tabs;
    private StatusActions statusActions;
    private UpgradeOffer upgradeOffer;
    private OrphanedAnswersTab orphans;
    private final List<ConclusionField> conclusions = new ArrayList<>();
    private String shownVersion;
    private Assessment built;

    private Assessment assessment;
    private FormTemplate template;
    private final Map<String, QuestionRow> rows = new LinkedHashMap<>();
    private final QuestionRow.Host host = new QuestionRow.Host() {
        @Override
        public Assessment assessment() {
            return assessment;
        }

        @Override
        public void record(QuestionRow row, String optionId, String justification) {
            AssessmentEditorPart.this.record(row, optionId, justification);
        }

        @Override
        public void next(QuestionRow row) {
            AssessmentEditorPart.this.next(row);
        }

        @Override
        public void chooseEvidence(QuestionRow row) {
            AssessmentEditorPart.this.chooseEvidence(row);
        }
    };

    public AssessmentEditorPart(WorkspaceService workspaces, AssessmentService service, FormTemplateCatalog catalog,
            Names names, UserProfile users, PartSite site) {
        this.catalog = catalog;
        this.users = users;
        this.workspaces = workspaces;
        this.service = service;
        this.names = names;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite header = new Composite(root, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout headerLayout = new GridLayout(6, false);
        headerLayout.marginWidth = 0;
        headerLayout.marginHeight = 0;
        header.setLayout(headerLayout);
        title = new Label(header, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1)); // a row of its own: titles are long
        title.setFont(JFaceResources.getBannerFont());
        status = new Label(header, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progress = new ProgressBar(header, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData progressData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        progressData.widthHint = 160;
        progress.setLayoutData(progressData);
        progressText = new Label(header, SWT.NONE);
        progressText.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        unansweredOnly = new Button(header, SWT.CHECK);
        unansweredOnly.setText(Messages.get("editor.unansweredOnly"));
        unansweredOnly.addListener(SWT.Selection, e -> applyFilter());
        statusActions = new StatusActions(header, service, users, this::setMessage, this::reveal);
        message = new Label(root, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        upgradeOffer = new UpgradeOffer(root, service, catalog, this::setMessage);
        tabs = new CTabFolder(root, SWT.BORDER | SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        site.followSelection(this::follow);
        new WorkspaceWatch(workspaces, root, this::refresh);
        follow(site.currentSelection());
        if (assessment == null) {
            rebuild();
        }
    }


    private void follow(List<?> objects) {
        if (objects == null || objects.isEmpty()) {
            return;
        }
        Object first = objects.get(0);
        if (first instanceof Assessment shown) {
            show(shown, null);
        } else if (first instanceof Answer answer && answer.eContainer() instanceof Assessment owner) {
            show(owner, answer.getQuestionId());
        }
    }

    /** Shows an assessment (null for none) and, if given, moves to a question. */
    public void show(Assessment shown, String questionId) {
        if (shown != assessment) {
            assessment = shown;
            rebuild();
        }
        if (questionId != null) {
            reveal(questionId);
        }
    }

    public Assessment assessment() {
        return assessment;
    }

    private void rebuild() {
        for (CTabItem item : tabs.getItems()) {
            Control control = item.getControl();
            item.dispose();
            if (control != null) {
                control.dispose();
            }
        }
        rows.clear();
        conclusions.clear();
        orphans = null;
        template = null;
        shownVersion = assessment == null ? null : assessment.getTemplateVersion();
        if (assessment == null) {
            title.setText("");
            setMessage(Messages.get("editor.empty"));
            refresh();
            return;
        }
        Optional<FormTemplate> found = service.templateOf(assessment);
        title.setText(Messages.get("editor.title", Names.title(assessment), Names.subject(assessment)));
        if (found.isEmpty()) {
            setMessage(Messages.get("editor.noTemplate", assessment.getTemplateId(), assessment.getTemplateVersion()));
            refresh();
            return;
        }
        template = found.get();
        if (assessment != built) {
            setMessage(null); // a notice about the assessment shown before (kept when the same one is rebuilt)
        }
        built = assessment;
        for (TemplateDimension dimension : template.dimensions()) {
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(names.dimension(dimension.id(), dimension.nameNb()));
            ScrolledComposite scrolled = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
            scrolled.setExpandHorizontal(true);
            scrolled.setExpandVertical(true);
            Composite content = new Composite(scrolled, SWT.NONE);
            content.setLayout(new GridLayout(1, false));
            conclusions.add(new ConclusionField(content, dimension.id(), item.getText(), this::domain));
            for (TemplateTheme theme : dimension.themes()) {
                Group group = new Group(content, SWT.NONE);
                group.setText(names.theme(theme.id(), theme.nameNb()));
                group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
                group.setLayout(new GridLayout(4, false));
                for (TemplateRule rule : theme.rules()) {
                    for (Question question : rule.questions()) {
                        rows.put(question.id(), new QuestionRow(group, item, question, template, host));
                    }
                }
            }
            scrolled.setContent(content);
            scrolled.addListener(SWT.Resize, e -> relayout(scrolled));
            item.setControl(scrolled);
        }
        if (!OrphanedAnswersTab.of(assessment).isEmpty()) {
            orphans = new OrphanedAnswersTab(tabs, names);
        }
        if (tabs.getItemCount() > 0) {
            tabs.setSelection(0);
        }
        refresh();
    }

    private static void relayout(ScrolledComposite scrolled) {
        if (!(scrolled.getContent() instanceof Composite content) || content.isDisposed()) {
            return;
        }
        int width = Math.max(scrolled.getClientArea().width, 300);
        content.layout(true, true);
        scrolled.setMinSize(content.computeSize(width, SWT.DEFAULT));
    }

    private void setMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        ((GridData) message.getLayoutData()).exclude = text == null;
        root.layout(true, true);
    }

    /** Brings the widgets in line with the model (after any command, undo or redo). */
    void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        if (assessment != null && !(assessment.eContainer() instanceof AssessmentSet)) {
            // removed from the workspace, e.g. its creation was undone (the change description holds it then)
            assessment = null;
            rebuild();
            return;
        }
        if (assessment != null && !java.util.Objects.equals(shownVersion, assessment.getTemplateVersion())) {
            rebuild(); // upgraded to another worksheet version, or the upgrade was undone
            return;
        }
        boolean writable = writable();
        statusActions.update(assessment, domain(), writable);
        upgradeOffer.update(assessment, domain(), writable);
        if (assessment == null || template == null) {
            status.setText("");
            progress.setMaximum(1);
            progress.setSelection(0);
            progressText.setText("");
            root.layout(true, true);
            return;
        }
        boolean editable = writable && assessment.getStatus() == AssessmentStatus.IN_PROGRESS;
        for (QuestionRow row : rows.values()) {
            row.update(editable);
        }
        conclusions.forEach(field -> field.update(assessment, editable));
        if (orphans != null) {
            orphans.update(assessment);
        }
        Completion completion = completion();
        progress.setMaximum(Math.max(completion.total(), 1));
        progress.setSelection(completion.answered());
        progressText.setText(Messages.get("editor.completion", completion.answered(), completion.total()));
        status.setText(Messages.get("editor.status", Messages.get("status." + assessment.getStatus().name())));
        if (!editable) {
            site.setStatusMessage(Messages.get("editor.readOnly"));
        }
        applyFilter();
    }

    /** Whether the assessment's file may be changed (its status decides whether its answers may). */
    private boolean writable() {
        Optional<Workspace> workspace = workspaces.current();
        return assessment != null && workspace.isPresent() && assessment.eResource() != null
                && !workspace.get().isReadOnly(assessment.eResource());
    }

    private boolean editable() {
        return writable() && assessment.getStatus() == AssessmentStatus.IN_PROGRESS;
    }

    private EditingDomain domain() {
        return workspaces.current().map(Workspace::editingDomain).orElse(null);
    }

    /** Answered questions of the shown assessment's worksheet (answers other than "not assessed"). */
    public Completion completion() {
        int answered = (int) rows.values().stream().filter(QuestionRow::answered).count();
        return new Completion(answered, rows.size());
    }

    private void applyFilter() {
        boolean only = unansweredOnly.getSelection();
        for (QuestionRow row : rows.values()) {
            row.setShown(!only || !row.answered() || row.hasFocus());
        }
        for (CTabItem item : tabs.getItems()) {
            if (item.getControl() instanceof ScrolledComposite scrolled) {
                relayout(scrolled);
            }
        }
    }

    private void reveal(String questionId) {
        QuestionRow row = rows.get(questionId);
        if (row == null) {
            return;
        }
        if (!row.shown()) {
            unansweredOnly.setSelection(false);
            applyFilter();
        }
        row.focus();
    }

    private void next(QuestionRow from) {
        List<QuestionRow> all = new ArrayList<>(rows.values());
        for (int i = all.indexOf(from) + 1; i < all.size(); i++) {
            if (all.get(i).shown()) {
                all.get(i).focus();
                return;
            }
        }
    }

    private void record(QuestionRow row, String optionId, String justification) {
        Optional<Workspace> workspace = workspaces.current();
        if (workspace.isEmpty() || assessment == null) {
            return;
        }
        try {
            AssessmentEdits.answer(workspace.get().editingDomain(), service, assessment, row.question.id(), optionId,
                    justification, users.displayName());
        } catch (RuntimeException e) {
            site.setStatusMessage(Messages.get("editor.answerFailed", e.getMessage()));
            row.update(editable());
        }
    }

    /** Lets the user choose the goals and measures an answered question cites as evidence. */
    private void chooseEvidence(QuestionRow row) {
        Answer answer = assessment == null ? null : assessment.answerTo(row.question.id());
        EditingDomain domain = domain();
        if (answer == null || domain == null) {
            return;
        }
        Workspace workspace = workspaces.current().orElseThrow();
        EvidenceDialog dialog = new EvidenceDialog(site.shell(), answer, EvidenceDialog.candidates(assessment, workspace));
        if (dialog.open() == EvidenceDialog.OK) {
            AssessmentEdits.setEvidence(domain, answer, dialog.goals(), dialog.measures(), dialog.indicatorCodes());
        }
    }

    public Button evidence(String questionId) {
        return rows.get(questionId).evidence;
    }

    /** The heading: the assessment's title and what it assesses. */
    Label title() {
        return title;
    }

    StatusActions statusActions() {
        return statusActions;
    }

    UpgradeOffer upgradeOffer() {
        return upgradeOffer;
    }

    OrphanedAnswersTab orphans() {
        return orphans;
    }

    List<ConclusionField> conclusions() {
        return conclusions;
    }

    public String message() {
        return message.getText();
    }

    public Combo combo(String questionId) {
        return rows.get(questionId).combo;
    }

    public Text justification(String questionId) {
        return rows.get(questionId).justification;
    }

    public boolean isShown(String questionId) {
        return rows.get(questionId).shown();
    }

    public Button unansweredOnly() {
        return unansweredOnly;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    public ProgressBar progress() {
        return progress;
    }

    @Override
    public void setFocus() {
        if (!rows.isEmpty()) {
            rows.values().stream().filter(QuestionRow::shown).findFirst().ifPresent(QuestionRow::focus);
        } else if (root != null && !root.isDisposed()) {
            root.setFocus();
        }
    }
}
