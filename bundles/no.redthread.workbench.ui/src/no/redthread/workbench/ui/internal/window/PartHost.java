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
 * One open part in a tab. The part itself is made when it is first needed (its tab shows, it gets the focus, someone
 * asks for its controls), so parts behind other tabs cost nothing at start. A part that throws while it is created,
 * or whose contribution failed, gets an {@link ErrorPanel} instead; the failure is logged and nothing else is affected.
 */
final class PartHost {

    private final PartEntry entry;
    private final Composite container;
    private CTabItem item;
    private WorkbenchPart part;
    private final List<AutoCloseable> selectionFollowers = new ArrayList<>();
    private final Consumer<IMenuManager> contextCommands;
    private final WorkbenchServices services;
    private final StatusMessages status;
    private boolean pending = true;

    PartHost(PartEntry entry, CTabFolder folder, int index, WorkbenchServices services, ResourceManager resources,
            StatusMessages status, Consumer<IMenuManager> contextCommands) {
        this.entry = entry;
        this.contextCommands = contextCommands;
        this.services = services;
        this.status = status;
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
            pending = false;
            showError(services, entry.failure(), null);
        }
    }

    /** Makes the part if it is not made yet. */
    void create() {
        if (!pending || container.isDisposed()) {
            return;
        }
        pending = false;
        try {
            part = entry.descriptor().createPart(site(container.getShell(), services, status));
            part.createControl(container);
            container.layout(true, true);
        } catch (RuntimeException | LinkageError e) {
            part = null;
            showError(services, e.toString(), e);
        }
    }

    /** Whether the tab is the one its stack shows. */
    boolean isShown() {
        return !item.isDisposed() && item.getParent().getSelection() == item;
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
        create();
        return part == null;
    }

    Control control() {
        create();
        return container;
    }

    /** The tab's container, without making the part. */
    Control container() {
        return container;
    }

    UndoContext undoContext() {
        return part == null ? null : part.undoContext();
    }

    /** Focuses the part, or its tab's container while the part is not made yet. */
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
                status.show(id, message);
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
