package no.redthread.planning.ui.internal.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.planning.ui.internal.Messages;
import no.redthread.planning.ui.internal.wizard.NewWorkspaceWizard;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.CommandContribution.MenuLocation;
import no.redthread.workbench.ui.FilteredListDialog;
import no.redthread.workspace.WorkspaceService;

/** File menu: new, open, open recent, save, save as, close, XMI import and export. */
@Component(immediate = true)
public final class WorkspaceCommands {

    private final WorkspaceService workspaces;
    private final CatalogueService catalogue;
    private final List<ServiceRegistration<CommandContribution>> registrations = new ArrayList<>();

    @Activate
    public WorkspaceCommands(BundleContext context, @Reference WorkspaceService workspaces, @Reference CatalogueService catalogue) {
        this.workspaces = workspaces;
        this.catalogue = catalogue;
        BooleanSupplier open = () -> workspaces.current().isPresent();
        BooleanSupplier dirty = () -> workspaces.current().map(w -> w.isDirty()).orElse(false);
        register(context, "new", "M1+N", this::newWorkspace, () -> true);
        register(context, "open", "M1+O", this::openFolder, () -> true);
        register(context, "openRecent", "M1+M2+O", this::openRecent, () -> !workspaces.recentWorkspaces().isEmpty());
        register(context, "save", "M1+S", () -> WorkspaceDialogs.save(workspaces), dirty);
        register(context, "saveAs", "M1+M2+S", this::saveAs, open);
        register(context, "close", "M1+W", this::close, open);
        register(context, "importXmi", null, this::importXmi, () -> true);
        register(context, "exportXmi", null, this::exportXmi, open);
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    private void newWorkspace() {
        if (!UnsavedChanges.resolve(workspaces)) {
            return;
        }
        Path parent = Path.of(System.getProperty("user.home"), "Redthread");
        NewWorkspaceWizard wizard = new NewWorkspaceWizard(catalogue, parent, (municipality, folder) -> {
            try {
                workspaces.createFor(folder, municipality);
                return true;
            } catch (Exception e) {
                WorkspaceDialogs.error("error.create", folder, e);
                return false;
            }
        });
        new WizardDialog(WorkspaceDialogs.shell(), wizard).open();
    }

    private void openFolder() {
        if (!UnsavedChanges.resolve(workspaces)) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(WorkspaceDialogs.shell());
        dialog.setText(Messages.get("command.open"));
        String folder = dialog.open();
        if (folder != null) {
            WorkspaceDialogs.open(workspaces, Path.of(folder));
        }
    }

    private void openRecent() {
        List<FilteredListDialog.Item> items = workspaces.recentWorkspaces().stream()
                .map(folder -> new FilteredListDialog.Item(folder.getParent() == null ? "" : folder.getParent().toString(),
                        folder.getFileName().toString(), "", () -> {
                            if (UnsavedChanges.resolve(workspaces)) {
                                WorkspaceDialogs.open(workspaces, folder);
                            }
                        }))
                .toList();
        new FilteredListDialog(WorkspaceDialogs.shell(), Messages.get("command.openRecent"), items).openAndRun();
    }

    private void saveAs() {
        DirectoryDialog dialog = new DirectoryDialog(WorkspaceDialogs.shell(), SWT.SAVE);
        dialog.setText(Messages.get("command.saveAs"));
        String folder = dialog.open();
        if (folder != null) {
            try {
                workspaces.saveAs(Path.of(folder));
            } catch (Exception e) {
                WorkspaceDialogs.error("error.save", folder, e);
            }
        }
    }

    private void close() {
        if (UnsavedChanges.resolve(workspaces)) {
            workspaces.close();
        }
    }

    private void importXmi() {
        FileDialog files = new FileDialog(WorkspaceDialogs.shell(), SWT.OPEN);
        files.setFilterExtensions(new String[] { "*.xmi", "*.*" });
        String file = files.open();
        if (file == null || !UnsavedChanges.resolve(workspaces)) {
            return;
        }
        DirectoryDialog folders = new DirectoryDialog(WorkspaceDialogs.shell(), SWT.SAVE);
        folders.setText(Messages.get("command.importXmi.folder"));
        String folder = folders.open();
        if (folder != null) {
            try {
                workspaces.importXmi(Path.of(file), Path.of(folder));
                workspaces.current().ifPresent(WorkspaceDialogs::reportProblems);
            } catch (Exception e) {
                WorkspaceDialogs.error("error.import", file, e);
            }
        }
    }

    private void exportXmi() {
        FileDialog files = new FileDialog(WorkspaceDialogs.shell(), SWT.SAVE);
        files.setFilterExtensions(new String[] { "*.xmi" });
        files.setOverwrite(true);
        String file = files.open();
        if (file != null) {
            try {
                workspaces.exportXmi(Path.of(file));
            } catch (Exception e) {
                WorkspaceDialogs.error("error.export", file, e);
            }
        }
    }

    private void register(BundleContext context, String name, String keys, Runnable action, BooleanSupplier enabled) {
        CommandContribution command = new CommandContribution() {
            @Override
            public String id() {
                return "no.redthread.workspace." + name;
            }

            @Override
            public String label() {
                return Messages.get("command." + name);
            }

            @Override
            public MenuLocation menu() {
                return MenuLocation.FILE;
            }

            @Override
            public String keySequence() {
                return keys;
            }

            @Override
            public boolean isEnabled() {
                return enabled.getAsBoolean();
            }

            @Override
            public void execute() {
                action.run();
            }
        };
        Dictionary<String, Object> properties = new Hashtable<>();
        if (name.equals("new")) {
            properties.put(CommandContribution.GETTING_STARTED, 20);
        }
        registrations.add(context.registerService(CommandContribution.class, command, properties));
    }
}
