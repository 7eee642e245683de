package no.example.redthread.hello;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workspace.WorkspaceService;

/** A command in the Help menu and quick access (Ctrl+3) that tells the counts in a dialog. */
@Component(service = CommandContribution.class)
public final class ShowCountsCommand implements CommandContribution {

    public static final String ID = "no.example.redthread.hello.count";

    private final WorkspaceService workspaces;
    private final SettingsStore settings;
    private final Texts texts = new Texts();

    @Activate
    public ShowCountsCommand(@Reference WorkspaceService workspaces, @Reference SettingsStore settings) {
        this.workspaces = workspaces;
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return texts.get("command.label");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.HELP;
    }

    @Override
    public void execute() {
        MessageDialog.openInformation(Display.getCurrent().getActiveShell(), texts.get("command.title"),
                PlanCounts.of(workspaces.current()).describe(texts, HelloSettings.load(settings)));
    }
}
