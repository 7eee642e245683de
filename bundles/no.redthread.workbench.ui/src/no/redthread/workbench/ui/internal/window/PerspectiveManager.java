package no.redthread.workbench.ui.internal.window;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.PerspectiveLayout;
import no.redthread.workbench.settings.SettingsStore;

/** The active perspective and the user's own layout of each, saved in {@code layouts.json}. */
final class PerspectiveManager {

    static final String SETTINGS_NAME = "layouts";
    /** The layout used while no perspective is contributed. */
    private static final String NONE = "none";

    /** The file's content: the user's layout per perspective id. */
    record SavedLayouts(Map<String, PerspectiveLayout> perspectives) {
        SavedLayouts {
            perspectives = perspectives == null ? new HashMap<>() : new HashMap<>(perspectives);
        }
    }

    private final SettingsStore settings;
    private final PartManager parts;
    private final SavedLayouts saved;
    private List<PerspectiveDescriptor> perspectives = List.of();
    private final String preferredId;
    private String activeId;

    /** @param preferredId the perspective to show first when it exists (the one active at last exit) */
    PerspectiveManager(SettingsStore settings, PartManager parts, String preferredId) {
        this.settings = settings;
        this.parts = parts;
        this.preferredId = preferredId;
        this.saved = settings.load(SETTINGS_NAME, SavedLayouts.class).orElseGet(() -> new SavedLayouts(null));
    }

    void setPerspectives(List<PerspectiveDescriptor> available) {
        perspectives = List.copyOf(available);
        if ((activeId == null || find(activeId) == null) && !perspectives.isEmpty()) {
            switchTo(find(preferredId) != null ? preferredId : perspectives.get(0).id());
        } else if (activeId == null) {
            parts.apply(saved.perspectives().getOrDefault(NONE, PerspectiveLayout.empty()));
            activeId = NONE;
        }
    }

    List<PerspectiveDescriptor> perspectives() {
        return perspectives;
    }

    String activeId() {
        return activeId;
    }

    /** Switches, keeping the user's layout of the perspective being left. */
    void switchTo(String id) {
        if (id == null || id.equals(activeId)) {
            return;
        }
        remember();
        activeId = id;
        PerspectiveLayout layout = saved.perspectives().get(id);
        parts.apply(layout != null ? layout : defaultLayout(id));
    }

    void reset() {
        saved.perspectives().remove(activeId);
        parts.apply(defaultLayout(activeId));
    }

    void save() throws IOException {
        remember();
        settings.save(SETTINGS_NAME, saved);
    }

    private void remember() {
        if (activeId != null) {
            saved.perspectives().put(activeId, parts.layout());
        }
    }

    private PerspectiveLayout defaultLayout(String id) {
        PerspectiveDescriptor descriptor = find(id);
        return descriptor == null ? PerspectiveLayout.empty() : descriptor.defaultLayout();
    }

    private PerspectiveDescriptor find(String id) {
        return perspectives.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }
}
