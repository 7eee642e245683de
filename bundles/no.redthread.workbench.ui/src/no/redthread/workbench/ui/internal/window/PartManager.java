package no.redthread.workbench.ui.internal.window;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;

import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveLayout;
import no.redthread.workbench.ui.internal.PartEntry;
import no.redthread.workbench.ui.internal.WorkbenchServices;

/**
 * Which parts are open where. The layout is the model: it may name parts whose bundle is not
 * running; they open when the bundle starts and close (staying in the layout) when it stops.
 */
final class PartManager implements PartStack.Owner {

    private final WorkbenchServices services;
    private final ResourceManager resources;
    private final StatusMessages status;
    private final Runnable onActivePartChanged;
    private final Consumer<IMenuManager> contextCommands;
    private final Map<String, PartHost> open = new LinkedHashMap<>();
    private StackArea stackArea;
    private Map<String, PartEntry> available = Map.of();
    private PerspectiveLayout layout = PerspectiveLayout.empty();
    private PartHost active;
    /** False until the window's first frame is painted: parts are made after it, those on show first. */
    private boolean live;

    PartManager(WorkbenchServices services, ResourceManager resources, StatusMessages status, Runnable onActivePartChanged,
            Consumer<IMenuManager> contextCommands) {
        this.contextCommands = contextCommands;
        this.services = services;
        this.resources = resources;
        this.status = status;
        this.onActivePartChanged = onActivePartChanged;
    }

    /** The window is on screen: make the parts whose tabs show, and from now on each as its tab shows. */
    void goLive() {
        if (!live) {
            live = true;
            createShownParts();
            if (active != null) {
                active.setFocus();
            }
        }
    }

    private void createShownParts() {
        List.copyOf(open.values()).stream().filter(PartHost::isShown).forEach(PartHost::create);
    }

    void setStackArea(StackArea stackArea) {
        this.stackArea = stackArea;
    }

    /** Replaces what is shown by the given layout. */
    void apply(PerspectiveLayout newLayout) {
        // Closing a tab shows its neighbour; a neighbour that is going too must not be made on the way out (it was
        // laid out in a folder being torn down, at a negative size: GTK's "size >= 0" criticals).
        List<PartHost> leaving = List.copyOf(open.values());
        leaving.forEach(host -> open.remove(host.id()));
        leaving.forEach(this::disposeHost);
        layout = newLayout;
        stackArea.setWeights(newLayout.weights());
        openWhatTheLayoutNames();
    }

    /** Brings the open parts in line with the contributions that exist now. */
    void contributionsChanged(List<PartEntry> entries) {
        available = entries.stream().collect(Collectors.toMap(PartEntry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (PartHost host : List.copyOf(open.values())) {
            if (!Objects.equals(available.get(host.id()), host.entry())) {
                disposeHost(host);
            }
        }
        openWhatTheLayoutNames();
    }

    /** Opens a part (or brings it to front) in its layout area, else in its preferred area. */
    void show(String partId) {
        PartEntry entry = available.get(partId);
        if (entry == null) {
            return;
        }
        if (layout.areaOf(partId) == null) {
            layout = layout.with(entry.area(), partId);
        }
        openWhatTheLayoutNames();
        activate(open.get(partId));
    }

    void close(String partId) {
        layout = layout.without(partId);
        PartHost host = open.get(partId);
        if (host != null) {
            disposeHost(host);
        }
        stackArea.updateVisibility();
    }

    void move(String partId, Area target) {
        if (layout.areaOf(partId) == null || layout.areaOf(partId) == target) {
            return;
        }
        layout = layout.with(target, partId);
        PartHost host = open.get(partId);
        if (host != null) {
            PartStack stack = stackArea.stack(target);
            host.moveTo(stack.folder(), stack.folder().getItemCount());
            stackArea.updateVisibility();
            activate(host);
        }
    }

    /** The layout as the user has it now, weights included. */
    PerspectiveLayout layout() {
        return layout.withWeights(stackArea.weights());
    }

    Map<String, PartEntry> available() {
        return available;
    }

    PartHost host(String partId) {
        return open.get(partId);
    }

    PartHost active() {
        return active;
    }

    /** Makes the selected part of an area the active one, when no part is active yet. */
    void activateSelectedIn(Area area) {
        var selected = stackArea.stack(area).folder().getSelection();
        if (active == null && selected != null) {
            activated((PartHost) selected.getData());
        }
    }

    @Override
    public void closeRequested(PartHost host) {
        if (host != null) {
            close(host.id());
        }
    }

    @Override
    public void maximizeToggled(PartStack stack) {
        stackArea.toggleMaximize(stack);
    }

    @Override
    public void moveRequested(String partId, Area target) {
        move(partId, target);
    }

    @Override
    public void activated(PartHost host) {
        if (host != null && host != active) {
            active = host;
            host.setFocus();
            onActivePartChanged.run();
        }
    }

    private void activate(PartHost host) {
        if (host != null) {
            stackArea.stack(layout.areaOf(host.id())).select(host);
            activated(host);
        }
    }

    private void openWhatTheLayoutNames() {
        layout.stacks().forEach((area, ids) -> {
            PartStack stack = stackArea.stack(area);
            int index = 0;
            for (String id : ids) {
                PartEntry entry = available.get(id);
                if (entry != null && !open.containsKey(id)) {
                    PartHost host = new PartHost(entry, stack.folder(), index, services, resources, status, contextCommands);
                    host.container().addListener(SWT.Show, e -> {
                        if (live && open.get(id) == host) {
                            host.create();
                        }
                    });
                    open.put(id, host);
                    if (stack.folder().getSelection() == null) {
                        stack.select(open.get(id));
                    }
                }
                if (open.containsKey(id)) {
                    index++;
                }
            }
        });
        stackArea.updateVisibility();
        if (live) {
            createShownParts();
        }
    }

    private void disposeHost(PartHost host) {
        open.remove(host.id());
        if (host == active) {
            active = null;
            onActivePartChanged.run();
        }
        try {
            host.dispose();
        } catch (RuntimeException e) {
            services.logger().error("Disposing part " + host.id() + " failed", e);
        }
    }
}
