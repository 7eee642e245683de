package no.redthread.workspace.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import no.redthread.workspace.WorkspaceListener;

/** The registered workspace listeners; one failing listener does not keep the others from being told. */
final class Listeners {

    private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();

    void add(WorkspaceListener listener) {
        listeners.add(listener);
    }

    void remove(WorkspaceListener listener) {
        listeners.remove(listener);
    }

    void fire(Consumer<WorkspaceListener> event) {
        for (WorkspaceListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A workspace listener failed: " + listener, e);
            }
        }
    }
}
