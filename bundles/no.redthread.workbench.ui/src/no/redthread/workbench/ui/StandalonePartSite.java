package no.redthread.workbench.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;

import no.redthread.workbench.SelectionService;

/**
 * A part site outside the workbench window: for a part shown in a shell of its own (a dialog, a test). It publishes to
 * and follows the workbench-wide selection service as the window's sites do; its listeners are removed when the
 * shell is disposed. Status messages go to the given consumer, or are dropped.
 *
 * @since 1.1
 */
public final class StandalonePartSite implements PartSite {

    private final String partId;
    private final Shell shell;
    private final SelectionService selection;
    private final Consumer<String> statusLine;

    public StandalonePartSite(String partId, Shell shell, SelectionService selection) {
        this(partId, shell, selection, message -> {
            // no status line outside the window
        });
    }

    /**
     * @param statusLine receives what the part would show on the window's status line
     * @since 1.2
     */
    public StandalonePartSite(String partId, Shell shell, SelectionService selection, Consumer<String> statusLine) {
        this.partId = partId;
        this.shell = shell;
        this.selection = selection;
        this.statusLine = statusLine;
    }

    @Override
    public String partId() {
        return partId;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public void publishSelection(List<?> objects) {
        selection.publish(partId, objects);
    }

    @Override
    public void setStatusMessage(String message) {
        statusLine.accept(message);
    }

    @Override
    public void followSelection(Consumer<List<?>> listener) {
        AutoCloseable handle = selection.addListener((source, objects) -> {
            if (!partId.equals(source)) {
                listener.accept(objects);
            }
        });
        shell.addDisposeListener(e -> {
            try {
                handle.close();
            } catch (Exception ex) {
                throw new IllegalStateException("removing a selection listener failed", ex);
            }
        });
    }

    @Override
    public List<?> currentSelection() {
        return selection.current();
    }
}
