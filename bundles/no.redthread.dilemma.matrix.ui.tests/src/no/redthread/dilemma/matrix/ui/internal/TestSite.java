package no.redthread.dilemma.matrix.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;

import no.redthread.workbench.ui.PartSite;

/** A part site for a part in a test shell: remembers the status messages. */
final class TestSite implements PartSite {

    final List<String> status = new ArrayList<>();
    private final Shell shell;

    TestSite(Shell shell) {
        this.shell = shell;
    }

    @Override
    public String partId() {
        return MatrixDescriptor.ID;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public void publishSelection(List<?> selection) {
        // nobody follows the test's selection
    }

    @Override
    public void setStatusMessage(String message) {
        status.add(message);
    }

    @Override
    public void followSelection(Consumer<List<?>> listener) {
        // nobody publishes in the test
    }

    @Override
    public List<?> currentSelection() {
        return List.of();
    }
}
