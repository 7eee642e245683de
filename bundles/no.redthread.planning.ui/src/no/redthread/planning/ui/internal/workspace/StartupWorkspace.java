package no.redthread.planning.ui.internal.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.demo.DemoPlanSystem;
import no.redthread.planning.ui.internal.Messages;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.WindowStartup;
import no.redthread.workspace.WorkspaceService;

/**
 * At start: reopen the most recent workspace; on the very first start, the bundled demo (Røros,
 * an illustrative example), copied into the user's data folder so it can be edited freely. Also
 * the command that opens the demo, a first task on the Kom i gang page.
 */
@Component(service = { WindowStartup.class, CommandContribution.class }, property = CommandContribution.GETTING_STARTED + ":Integer=10")
public final class StartupWorkspace implements WindowStartup, CommandContribution {

    static final String DEMO_FOLDER_PROPERTY = "redthread.demo.dir";

    private final WorkspaceService workspaces;
    private final DemoPlanSystem demo;
    private final Path demoFolder;

    @Activate
    public StartupWorkspace(BundleContext context, @Reference WorkspaceService workspaces, @Reference DemoPlanSystem demo) {
        this.workspaces = workspaces;
        this.demo = demo;
        String configured = context.getProperty(DEMO_FOLDER_PROPERTY);
        String data = System.getenv().getOrDefault("XDG_DATA_HOME", Path.of(System.getProperty("user.home"), ".local", "share").toString());
        this.demoFolder = configured != null ? Path.of(configured) : Path.of(data, "redthread", "demo-roros");
    }

    @Override
    public void windowOpened(Shell shell) {
        if (workspaces.current().isPresent()) {
            return;
        }
        Path last = workspaces.recentWorkspaces().stream().filter(Files::isDirectory).findFirst().orElse(null);
        if (last != null) {
            WorkspaceDialogs.open(workspaces, last);
        } else {
            openDemo();
        }
    }

    @Override
    public String id() {
        return "no.redthread.workspace.openDemo";
    }

    @Override
    public String label() {
        return Messages.get("command.openDemo");
    }

    @Override
    public void execute() {
        if (UnsavedChanges.resolve(workspaces)) {
            openDemo();
        }
    }

    private void openDemo() {
        if (Files.isDirectory(demoFolder)) {
            WorkspaceDialogs.open(workspaces, demoFolder);
        } else {
            try {
                workspaces.create(demoFolder, demo.create());
            } catch (Exception e) {
                WorkspaceDialogs.error("error.create", demoFolder, e);
            }
        }
    }
}
