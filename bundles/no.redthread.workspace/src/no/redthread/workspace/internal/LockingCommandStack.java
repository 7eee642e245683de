package no.redthread.workspace.internal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The workspace's command stack. Commands run under {@link #lock}, which the autosave thread also
 * takes while it serialises the model, so it never sees half a command. Listeners are told after
 * the lock is released, so a listener that waits for another thread cannot deadlock with autosave.
 */
final class LockingCommandStack extends BasicCommandStack {

    final Object lock = new Object();
    private boolean running;
    private boolean changed;

    @Override
    public void execute(Command command) {
        locked(() -> super.execute(command));
    }

    @Override
    public void undo() {
        locked(super::undo);
    }

    @Override
    public void redo() {
        locked(super::redo);
    }

    @Override
    public void flush() {
        locked(super::flush);
    }

    private void locked(Runnable action) {
        boolean notify;
        synchronized (lock) {
            running = true;
            try {
                action.run();
            } finally {
                running = false;
                notify = changed;
                changed = false;
            }
        }
        if (notify) {
            super.notifyListeners();
        }
    }

    @Override
    protected void notifyListeners() {
        if (running) {
            changed = true;
        } else {
            super.notifyListeners();
        }
    }
}
