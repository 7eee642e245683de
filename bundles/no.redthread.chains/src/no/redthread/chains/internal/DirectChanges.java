package no.redthread.chains.internal;

import java.util.EventObject;
import java.util.concurrent.Executor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Notices a command executed on the run's own thread, that is by a step, which must return its change instead. A
 * command the user executes in the window meanwhile (on the UI thread) is not the step's doing and is let be. The
 * listener is added and removed on the model's thread, where the stack notifies its listeners.
 */
final class DirectChanges implements CommandStackListener, AutoCloseable {

    private final Thread runThread = Thread.currentThread();
    private final CommandStack stack;
    private final Executor modelThread;
    private volatile boolean happened;

    DirectChanges(CommandStack stack, Executor modelThread) {
        this.stack = stack;
        this.modelThread = modelThread;
        modelThread.execute(() -> stack.addCommandStackListener(this));
    }

    @Override
    public void commandStackChanged(EventObject event) {
        if (Thread.currentThread() == runThread) {
            happened = true;
        }
    }

    /** Whether a step changed the model directly since the last call. */
    boolean take() {
        boolean seen = happened;
        happened = false;
        return seen;
    }

    @Override
    public void close() {
        modelThread.execute(() -> stack.removeCommandStackListener(this));
    }
}
