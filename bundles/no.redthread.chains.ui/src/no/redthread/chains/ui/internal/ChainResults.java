package no.redthread.chains.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import no.redthread.chains.ChainOutcome;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;
import no.redthread.workspace.WorkspaceService;

/**
 * The last run of the chain editor, which the results part shows (also when it opens after the run). Closing the
 * workspace forgets it, since its items may be the closed workspace's objects. Listeners are called on the thread that
 * publishes.
 */
@Component(service = ChainResults.class)
public final class ChainResults {

    /** A finished run: the chain's name, how it ended and the name of the step it stopped at (else empty). */
    record Run(String chainName, ChainOutcome outcome, String stoppedAt) {
    }

    private final List<Consumer<Run>> listeners = new CopyOnWriteArrayList<>();
    private volatile Run last;
    private final WorkspaceService workspaces;
    private final WorkspaceListener forget = new WorkspaceListener() {
        @Override
        public void closed(Workspace workspace) {
            publish(null);
        }
    };

    @Activate
    public ChainResults(@Reference WorkspaceService workspaces) {
        this.workspaces = workspaces;
        workspaces.addListener(forget);
    }

    @Deactivate
    void deactivate() {
        workspaces.removeListener(forget);
    }

    /** A finished run, or null to show none. */
    void publish(Run run) {
        last = run;
        listeners.forEach(listener -> listener.accept(run));
    }

    Run last() {
        return last;
    }

    /** @return removes the listener */
    Runnable listen(Consumer<Run> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
