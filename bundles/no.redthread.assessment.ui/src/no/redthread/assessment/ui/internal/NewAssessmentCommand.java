package no.redthread.assessment.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Plan;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.settings.UserProfile;
import no.redthread.workbench.ui.FilteredListDialog;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * Edit → New assessment (also in the Explorer's context menu): an assessment of the selected plan or case with the
 * worksheet of its level (a choice when several fit), added to the workspace as one undoable command, selected and
 * shown in the assessment perspective's editor.
 */
@Component(service = CommandContribution.class, property = CommandContribution.GETTING_STARTED + ":Integer=40")
public final class NewAssessmentCommand implements CommandContribution {

    public static final String ID = "no.redthread.assessment.new";

    private final SelectionService selection;
    private final WorkspaceService workspaces;
    private final AssessmentService service;
    private final FormTemplateCatalog catalog;
    private final UserProfile users;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchNavigation navigation;

    @Activate
    public NewAssessmentCommand(@Reference SelectionService selection, @Reference WorkspaceService workspaces,
            @Reference AssessmentService service, @Reference FormTemplateCatalog catalog,
            @Reference UserProfile users) {
        this.selection = selection;
        this.users = users;
        this.workspaces = workspaces;
        this.service = service;
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("command.new");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.EDIT;
    }

    @Override
    public boolean inContextMenu() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return workspaces.current().isPresent() && subject().isPresent();
    }

    /** The selected plan or case, if the current selection is one. */
    Optional<EObject> subject() {
        List<?> current = selection.current();
        if (current == null || current.isEmpty()) {
            return Optional.empty();
        }
        Object first = current.get(0);
        return first instanceof Plan || first instanceof Case ? Optional.of((EObject) first) : Optional.empty();
    }

    @Override
    public void execute() {
        Shell shell = Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
        String title = Messages.get("command.new.title");
        Optional<Workspace> workspace = workspaces.current();
        if (workspace.isEmpty()) {
            MessageDialog.openInformation(shell, title, Messages.get("command.new.noWorkspace"));
            return;
        }
        Optional<EObject> subject = subject();
        if (subject.isEmpty()) {
            MessageDialog.openInformation(shell, title, Messages.get("command.new.noSubject"));
            return;
        }
        List<FormTemplate> templates = AssessmentEdits.templatesFor(catalog, subject.get());
        if (templates.isEmpty()) {
            MessageDialog.openInformation(shell, title, Messages.get("command.new.noTemplate",
                    AssessmentEdits.levelOf(subject.get()).map(l -> l.key()).orElse("?")));
            return;
        }
        if (templates.size() == 1) {
            createAndSelect(shell, workspace.get(), templates.get(0), subject.get());
            return;
        }
        List<FilteredListDialog.Item> items = templates.stream()
                .map(t -> new FilteredListDialog.Item(t.planLevel().key(), t.titleNb(), t.id() + " " + t.version(),
                        () -> createAndSelect(shell, workspace.get(), t, subject.get())))
                .toList();
        new FilteredListDialog(shell, title, items).openAndRun();
    }

    private void createAndSelect(Shell shell, Workspace workspace, FormTemplate template, EObject subject) {
        try {
            create(workspace, template, subject);
            WorkbenchNavigation shown = navigation;
            if (shown != null) {
                shown.showPerspective(AssessmentPerspective.ID);
                shown.showPart(AssessmentEditorDescriptor.ID);
            }
        } catch (RuntimeException e) {
            MessageDialog.openError(shell, Messages.get("command.new.title"),
                    Messages.get("command.new.failed", String.valueOf(e.getMessage())));
        }
    }

    /** Creates the assessment as one command and selects it (the editor and summary follow). */
    public Assessment create(Workspace workspace, FormTemplate template, EObject subject) {
        Assessment assessment = AssessmentEdits.create(workspace, service, template, subject, users.displayName());
        selection.publish(ID, List.of(assessment));
        return assessment;
    }

    /** The worksheet preselected for a subject: the first of its level's worksheets. */
    public Optional<FormTemplate> preselected(EObject subject) {
        return AssessmentEdits.templatesFor(catalog, subject).stream().findFirst();
    }
}
