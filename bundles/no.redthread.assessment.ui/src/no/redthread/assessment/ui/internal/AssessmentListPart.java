package no.redthread.assessment.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.workbench.settings.UserProfile;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.TableColumns;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;
import no.redthread.workspace.ui.WorkspaceWatch;

/**
 * Every assessment of the open workspace, grouped by what they assess: selecting one opens it in the editor and the
 * summary. The context menu starts a new revision (which continues the selected assessment) or deletes.
 */
public final class AssessmentListPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final AssessmentService service;
    private final FormTemplateCatalog catalog;
    private final UserProfile users;
    private final PartSite site;
    private TableViewer table;
    private Label empty;
    private WorkspaceWatch watch;
    /** Whether the table is being selected to follow another part, so its selection is not published again. */
    private boolean following;

    public AssessmentListPart(WorkspaceService workspaces, AssessmentService service, FormTemplateCatalog catalog,
            UserProfile users, PartSite site) {
        this.workspaces = workspaces;
        this.users = users;
        this.service = service;
        this.catalog = catalog;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        empty = new Label(root, SWT.WRAP);
        empty.setText(Messages.get("list.empty"));
        empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, Messages.get("list.column.subject"), 150, Assessment.class, Names::subject);
        TableColumns.add(table, Messages.get("list.column.name"), 170, Assessment.class, Names::title);
        TableColumns.add(table, Messages.get("list.column.status"), 90, Assessment.class,
                a -> Messages.get("status." + a.getStatus().name()));
        TableColumns.add(table, Messages.get("list.column.completion"), 80, Assessment.class, this::completion);
        TableColumns.add(table, Messages.get("list.column.worksheet"), 150, Assessment.class,
                a -> a.getTemplateId() + " " + a.getTemplateVersion());
        TableColumns.add(table, Messages.get("list.column.previous"), 120, Assessment.class,
                a -> a.getPrevious() == null ? "" : Names.title(a.getPrevious()));
        table.addSelectionChangedListener(e -> {
            List<?> selected = ((IStructuredSelection) e.getSelection()).toList();
            if (!selected.isEmpty() && !following) {
                site.publishSelection(selected);
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));
        watch = new WorkspaceWatch(workspaces, root, this::refresh);
        site.followSelection(this::follow);
        refresh();
    }

    private String completion(Assessment assessment) {
        try {
            var completion = service.summarise(assessment).completion();
            return Messages.get("editor.completion", completion.answered(), completion.total());
        } catch (IllegalStateException e) {
            return "?"; // its worksheet is not installed
        }
    }

    /** The assessments of the open workspace, by subject and then oldest first. */
    public List<Assessment> assessments() {
        return watch.workspace().flatMap(w -> w.moduleRoot(AssessmentEdits.ROOT))
                .map(root -> ((AssessmentSet) root).getAssessments().stream()
                        .sorted(Comparator.comparing(Names::subject, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
                                .thenComparing(a -> a.getCreatedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
                        .toList())
                .orElse(List.of());
    }

    void refresh() {
        List<Assessment> assessments = assessments();
        table.setInput(assessments);
        empty.setVisible(assessments.isEmpty());
        ((GridData) empty.getLayoutData()).exclude = !assessments.isEmpty();
        empty.getParent().layout(true);
    }

    /**
     * Selects the assessments of another part's selection without publishing them again, which would replace that
     * selection (e.g. a candidate goal conflict published with its assessment) with the assessments alone.
     */
    private void follow(List<?> objects) {
        List<?> shown = objects.stream().filter(Assessment.class::isInstance).toList();
        if (!shown.isEmpty()) {
            following = true;
            try {
                table.setSelection(new StructuredSelection(shown), true);
            } finally {
                following = false;
            }
        }
    }

    private void fillMenu(IMenuManager menu) {
        List<Assessment> selected = selected();
        Optional<Workspace> workspace = watch.workspace();
        if (selected.isEmpty() || workspace.isEmpty()) {
            return;
        }
        Action revision = new Action(Messages.get("list.newRevision")) {
            @Override
            public void run() {
                newRevision(workspace.get(), selected.get(0));
            }
        };
        revision.setEnabled(selected.size() == 1 && catalog.latest(selected.get(0).getTemplateId()).isPresent());
        menu.add(revision);
        menu.add(new Action(Messages.get("list.delete")) {
            @Override
            public void run() {
                AssessmentEdits.delete(workspace.get().editingDomain(), selected);
            }
        });
        site.addContextCommands(menu);
    }

    /** Starts a new revision of an assessment with the newest version of its worksheet and selects it. */
    public Assessment newRevision(Workspace workspace, Assessment previous) {
        try {
            FormTemplate latest = catalog.latest(previous.getTemplateId()).orElseThrow(() -> new IllegalStateException(
                    Messages.get("editor.noTemplate", previous.getTemplateId(), "")));
            Assessment created = AssessmentEdits.newRevision(workspace, service, latest, previous,
                    users.displayName());
            table.setSelection(new StructuredSelection(created), true);
            site.publishSelection(List.of(created));
            return created;
        } catch (RuntimeException e) {
            MessageDialog.openError(site.shell(), Messages.get("list.newRevision"),
                    Messages.get("list.revisionFailed", String.valueOf(e.getMessage())));
            return null;
        }
    }

    private List<Assessment> selected() {
        return ((IStructuredSelection) table.getSelection()).toList().stream().map(Assessment.class::cast).toList();
    }

    public TableViewer table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
