package no.redthread.chains.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.chains.ChainLibrary;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.ChainStep;
import no.redthread.chains.ChainSteps;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;

/** <i>Kjeder</i>: the chain editor. It follows the step services itself, so that its palette changes with them. */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + EditorDescriptor.ID)
public final class EditorDescriptor extends ChainsPartDescriptor {

    public static final String ID = "no.redthread.chains.editor";

    private final ChainEditorPart.Services services;
    private final List<Runnable> stepListeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchNavigation navigation;

    @Activate
    public EditorDescriptor(@Reference ChainSteps steps, @Reference ChainLibrary library,
            @Reference ChainRunner runner, @Reference WorkspaceService workspaces, @Reference ChainResults results) {
        super(ID, "editor.part", Area.CENTER);
        services = new ChainEditorPart.Services(steps, library, runner, workspaces, results, stepListeners::add,
                stepListeners::remove, () -> navigation);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStep(ChainStep step) {
        stepListeners.forEach(Runnable::run);
    }

    void removeStep(ChainStep step) {
        stepListeners.forEach(Runnable::run);
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new ChainEditorPart(site, services);
    }
}
