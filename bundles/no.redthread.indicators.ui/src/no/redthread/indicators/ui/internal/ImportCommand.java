package no.redthread.indicators.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.Numbers;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.workbench.CommandContribution;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** File → Import indicator data …: opens the {@link ImportWizard} on the current workspace. */
@Component(service = CommandContribution.class, property = CommandContribution.GETTING_STARTED + ":Integer=30")
public final class ImportCommand implements CommandContribution {

    public static final String ID = "no.redthread.indicators.import";

    private final WorkspaceService workspaces;
    private final IndicatorSets sets;
    private final CatalogueService catalogue;

    @Activate
    public ImportCommand(@Reference WorkspaceService workspaces, @Reference IndicatorSets sets,
            @Reference CatalogueService catalogue) {
        this.workspaces = workspaces;
        this.sets = sets;
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("import.command");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.FILE;
    }

    @Override
    public boolean isEnabled() {
        return workspaces.current().isPresent();
    }

    @Override
    public void execute() {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Shell shell = display.getActiveShell();
        Workspace workspace = workspaces.current().orElse(null);
        if (workspace == null || IndicatorModel.root(workspace).isEmpty()) {
            MessageDialog.openInformation(shell, Messages.get("import.title"), Messages.get("import.noWorkspace"));
            return;
        }
        ImportWizard wizard = new ImportWizard(workspace, sets, RegionCodes.of(catalogue));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        if (dialog.open() == WizardDialog.OK) {
            ImportResult result = wizard.result();
            if (result != null) {
                MessageDialog.openInformation(shell, Messages.get("import.title"),
                        Messages.get(result.skippedCount() == 0 ? "import.done" : "import.doneSkipped",
                                Numbers.format(result.valueCount()), Numbers.format(result.seriesCount()),
                                result.origin(), Numbers.format(result.skippedCount())));
            }
        }
    }
}
