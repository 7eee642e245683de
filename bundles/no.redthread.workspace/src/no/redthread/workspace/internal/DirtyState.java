package no.redthread.workspace.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Whether a workspace has unsaved changes: commands since the command stack's save point, or
 * changes made outside it (a new file, a recovered state). Counts changes, so that a save or
 * autosave knows whether a command ran while it wrote.
 */
final class DirtyState {

    private final LockingCommandStack stack;
    private final Consumer<Boolean> onChange;
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean outsideStack;
    private boolean reported;

    /** @param onChange told the new state whenever it changes */
    DirtyState(LockingCommandStack stack, Consumer<Boolean> onChange) {
        this.stack = stack;
        this.onChange = onChange;
    }

    boolean isDirty() {
        return outsideStack || stack.isSaveNeeded();
    }

    long changes() {
        return changes.get();
    }

    void commandStackChanged() {
        changes.incrementAndGet();
        update();
    }

    /** A change outside the command stack; {@code quietly} before anybody knows the workspace. */
    void changedOutsideStack(boolean quietly) {
        changes.incrementAndGet();
        outsideStack = true;
        if (quietly) {
            synchronized (this) {
                reported = true;
            }
        } else {
            update();
        }
    }

    /** After a save of the state counted {@code changesSaved}: clean, unless something changed since. */
    void saved(long changesSaved) {
        if (changesSaved == changes.get()) {
            synchronized (stack.lock) {
                stack.saveIsDone();
            }
            outsideStack = false;
        }
        update();
    }

    private void update() {
        boolean dirty = isDirty();
        synchronized (this) {
            if (dirty == reported) {
                return;
            }
            reported = dirty;
        }
        onChange.accept(dirty);
    }
}
