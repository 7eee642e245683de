package no.redthread.funding.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.funding.FundingScheme;
import no.redthread.funding.applications.ApplicationCommands;
import no.redthread.funding.applications.FundingApplications;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.ui.FilteredListDialog;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * <i>Søk om tilskudd</i> on a selected scheme: a planned application to it for the measure the search is matched to
 * (after <i>Finn tilskudd</i> on a measure), else for a measure the user chooses; one command, so Ctrl+Z takes it back.
 */
@Component(service = CommandContribution.class)
public final class ApplyCommand implements CommandContribution {

    public static final String ID = "no.redthread.funding.apply";

    private final SelectionService selection;
    private final WorkspaceService workspaces;
    private final FundingSession session;

    @Activate
    public ApplyCommand(@Reference SelectionService selection, @Reference WorkspaceService workspaces,
            @Reference FundingSession session) {
        this.selection = selection;
        this.workspaces = workspaces;
        this.session = session;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("apply.command");
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
        return workspaces.current().isPresent() && scheme().isPresent();
    }

    @Override
    public void execute() {
        Shell shell = Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
        Optional<Workspace> workspace = workspaces.current();
        Optional<FundingScheme> scheme = scheme();
        if (workspace.isEmpty() || scheme.isEmpty()) {
            MessageDialog.openInformation(shell, title(), Messages.get("apply.nothing"));
            return;
        }
        Optional<Measure> matched = session.match().map(MatchSubject::subject).filter(Measure.class::isInstance)
                .map(Measure.class::cast);
        if (matched.isPresent()) {
            apply(shell, workspace.get(), scheme.get(), matched.get());
            return;
        }
        List<FilteredListDialog.Item> items = measures(workspace.get()).stream()
                .map(measure -> new FilteredListDialog.Item(planName(measure), measure.getName(), "",
                        () -> apply(shell, workspace.get(), scheme.get(), measure)))
                .toList();
        new FilteredListDialog(shell, Messages.get("apply.chooseMeasure", scheme.get().nameNb()), items).openAndRun();
    }

    /** Creates the application as one command on the workspace's stack; tells the user when it cannot. */
    void apply(Shell shell, Workspace workspace, FundingScheme scheme, Measure measure) {
        if (FundingApplications.registerOf(measure).isEmpty()) {
            MessageDialog.openError(shell, title(), Messages.get("apply.noRegister"));
            return;
        }
        Command create = ApplicationCommands.create(workspace.editingDomain(), measure, scheme, session.today());
        workspace.commandStack().execute(create);
    }

    private Optional<FundingScheme> scheme() {
        List<?> current = selection.current();
        return current == null || current.isEmpty() ? Optional.empty()
                : Optional.of(current.get(0)).filter(FundingScheme.class::isInstance).map(FundingScheme.class::cast);
    }

    private static List<Measure> measures(Workspace workspace) {
        return workspace.planSystems().stream().flatMap(system -> system.getPlans().stream())
                .flatMap(plan -> plan.getMeasures().stream())
                .sorted(Comparator.comparing(m -> m.getName() == null ? "" : m.getName())).toList();
    }

    private static String planName(Measure measure) {
        return measure.eContainer() instanceof Plan plan && plan.getName() != null ? plan.getName() : "";
    }

    private String title() {
        return label().replace("&", "");
    }
}
