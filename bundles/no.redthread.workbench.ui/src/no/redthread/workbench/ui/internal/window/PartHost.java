package no.redthread.workbench.ui.internal.window;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import no.redthread.workbench.UndoContext;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workbench.ui.internal.Messages;
import no.redthread.workbench.ui.internal.PartEntry;
import no.redthread.workbench.ui.internal.WorkbenchServices;

/**
 * One open part in a tab. A part that throws while it is created, or whose contribution failed,
 * gets an {@link ErrorPanel} instead; the failure is logged and nothing else is affected.
 */
final class PartHost {

    private final PartEntry entry;
    private final Composite container;
    private CTabItem item;
    private WorkbenchPart part;
    private final List<AutoCloseable> selectionFollowers = new ArrayList<>();
    private final Consumer<IMenuManager> contextCommands;

    PartHost(PartEntry entry, CTabFolder folder, int index, WorkbenchServices services, ResourceManager resources,
            StatusMessages status, Consumer<IMenuManager> contextCommands) {
        this.entry = entry;
        this.contextCommands = contextCommands;
        item = new CTabItem(folder, SWT.CLOSE, Math.min(index, folder.getItemCount()));
        item.setText(entry.label());
        item.setData(this);
        if (entry.icon() != null) {
            item.setImage(resources.create(entry.icon()));
        }
        container = new Composite(folder, SWT.NONE);
        container.setLayout(new FillLayout());
        item.setControl(container);
        if (entry.failed()) {
            showError(services, entry.failure(), null);
            return;
        }
        try {
            part = entry.descriptor().createPart(site(folder.getShell(), services, status));
            part.createControl(container);
        } catch (RuntimeException | LinkageError e) {
            part = null;
            showError(services, e.toString(), e);
        }
    }

    String id() {
        return entry.id();
    }

    PartEntry entry() {
        return entry;
    }

    CTabItem item() {
        return item;
    }

    boolean showsError() {
        return part == null;
    }

    Control control() {
        return container;
    }

    UndoContext undoContext() {
        return part == null ? null : part.undoContext();
    }

    void setFocus() {
        if (part != null) {
            part.setFocus();
        } else {
            container.setFocus();
        }
    }

    /** Moves the tab to another stack, keeping the part's controls and state. */
    void moveTo(CTabFolder target, int index) {
        CTabItem moved = new CTabItem(target, SWT.CLOSE, Math.min(index, target.getItemCount()));
        moved.setText(item.getText());
        moved.setImage(item.getImage());
        moved.setData(this);
        item.setControl(null);
        container.setParent(target);
        moved.setControl(container);
        item.dispose();
        item = moved;
    }

    void dispose() {
        try {
            if (part != null) {
                part.dispose();
            }
        } finally {
            part = null;
            for (AutoCloseable follower : selectionFollowers) {
                try {
                    follower.close();
                } catch (Exception e) {
                    throw new IllegalStateException("removing a selection listener failed", e);
                }
            }
            selectionFollowers.clear();
            if (!container.isDisposed()) {
                container.dispose();
            }
            if (!item.isDisposed()) {
                item.dispose();
            }
        }
    }

    private void showError(WorkbenchServices services, String message, Throwable cause) {
        for (Control child : container.getChildren()) {
            child.dispose();
        }
        String bundle = entry.bundle() == null ? "?" : entry.bundle().getSymbolicName();
        new ErrorPanel(container, entry.label(), bundle, message, cause);
        container.layout(true, true);
        services.logger().error(Messages.get("error.part.log", entry.id(), bundle, message), cause);
    }

    private PartSite site(Shell shell, WorkbenchServices services, StatusMessages status) {
        String id = entry.id();
        return new PartSite() {
            @Override
            public String partId() {
                return id;
            }

            @Override
            public Shell shell() {
                return shell;
            }

            @Override
            public void publishSelection(List<?> selection) {
                services.selection().publish(id, selection);
            }

            @Override
            public void setStatusMessage(String message) {
                status.show(message);
            }

            @Override
            public void followSelection(Consumer<List<?>> listener) {
                selectionFollowers.add(services.selection().addListener((source, objects) -> {
                    if (!id.equals(source)) {
                        listener.accept(objects);
                    }
                }));
            }

            @Override
            public List<?> currentSelection() {
                return services.selection().current();
            }

            @Override
            public void addContextCommands(IMenuManager menu) {
                contextCommands.accept(menu);
            }
        };
    }
}
