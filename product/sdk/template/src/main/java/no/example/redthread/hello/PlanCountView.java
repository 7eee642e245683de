package no.example.redthread.hello;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.Area;
import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;
import no.redthread.workspace.WorkspaceService;

/**
 * A view (View → Show view, Ctrl+3) that follows the workspace: it shows how many goals and measures the open
 * plan system has, and counts again when a workspace opens or closes and after every change (undo and redo too).
 */
@Component(service = PartDescriptor.class)
public final class PlanCountView implements PartDescriptor {

    public static final String ID = "no.example.redthread.hello.view";

    private final WorkspaceService workspaces;
    private final SettingsStore settings;
    private final Texts texts = new Texts();

    @Activate
    public PlanCountView(@Reference WorkspaceService workspaces, @Reference SettingsStore settings) {
        this.workspaces = workspaces;
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return texts.get("view.label");
    }

    @Override
    public Area preferredArea() {
        return Area.BOTTOM;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new Part();
    }

    /** One open instance: a label, and a workspace listener for as long as the tab is open. */
    private final class Part implements WorkbenchPart, WorkspaceListener {

        private Label label;

        @Override
        public void createControl(Composite parent) {
            label = new Label(parent, SWT.WRAP);
            workspaces.addListener(this);
            refresh();
        }

        @Override
        public void opened(Workspace workspace) {
            refresh();
        }

        @Override
        public void closed(Workspace workspace) {
            refresh();
        }

        @Override
        public void commandStackChanged(Workspace workspace) {
            refresh();
        }

        /** Listeners are called on the thread that caused the event: move to the UI thread. */
        private void refresh() {
            if (label == null || label.isDisposed()) {
                return;
            }
            label.getDisplay().asyncExec(() -> {
                if (!label.isDisposed()) {
                    label.setText(PlanCounts.of(workspaces.current()).describe(texts, HelloSettings.load(settings)));
                }
            });
        }

        @Override
        public void dispose() {
            workspaces.removeListener(this);
        }
    }
}
