package no.redthread.indicators.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.indicators.imports.ImportSource;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.KostraGroupReader;
import no.redthread.indicators.imports.KostraGroups;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.workbench.CommandContribution;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * File → Import KOSTRA groups …: reads SSB's KOSTRA grouping (KLASS classification 112, CSV export) and puts it into
 * the workspace as one undoable command, so comparisons can use the KOSTRA group. A bad file is reported with file
 * and row, and nothing changes.
 */
@Component(service = CommandContribution.class)
public final class ImportKostraGroupsCommand implements CommandContribution {

    public static final String ID = "no.redthread.indicators.importKostraGroups";

    private final WorkspaceService workspaces;
    private final CatalogueService catalogue;

    @Activate
    public ImportKostraGroupsCommand(@Reference WorkspaceService workspaces, @Reference CatalogueService catalogue) {
        this.workspaces = workspaces;
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("kostra.command");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.FILE;
    }

    @Override
    public boolean isEnabled() {
        return workspaces.current().flatMap(IndicatorModel::root).isPresent();
    }

    @Override
    public void execute() {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Shell shell = display.getActiveShell();
        Workspace workspace = workspaces.current().orElse(null);
        if (workspace == null || IndicatorModel.root(workspace).isEmpty()) {
            MessageDialog.openInformation(shell, Messages.get("kostra.title"), Messages.get("import.noWorkspace"));
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv;*.txt", "*.*" });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            KostraGroups groups = load(Path.of(chosen), workspace, RegionCodes.of(catalogue));
            MessageDialog.openInformation(shell, Messages.get("kostra.title"),
                    Messages.get("kostra.done", groups.memberCount(), groups.groups().size(), groups.origin()));
        } catch (ImportException e) {
            MessageDialog.openError(shell, Messages.get("kostra.title"),
                    Messages.get("kostra.failed", ImportSource.describe(e)));
        }
    }

    /** Reads the file and replaces the workspace's KOSTRA groups in one command; a fault changes nothing. */
    static KostraGroups load(Path file, Workspace workspace, RegionCodes municipalities) throws ImportException {
        KostraGroups groups = KostraGroupReader.read(file, municipalities);
        IndicatorWorkspace root = IndicatorModel.root(workspace).orElseThrow();
        workspace.commandStack().execute(groups.command(root));
        return groups;
    }
}
