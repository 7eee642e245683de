package no.redthread.workspace.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workspace.WorkspaceService;

/** The recently used workspace folders in the user's settings: most recent first, at most ten. */
final class RecentWorkspaces {

    static final int MAX = 10;
    private static final System.Logger LOG = System.getLogger(RecentWorkspaces.class.getName());

    private final SettingsStore settings;

    RecentWorkspaces(SettingsStore settings) {
        this.settings = settings;
    }

    List<Path> list() {
        String[] stored = settings.load(WorkspaceService.RECENT_SETTINGS, String[].class).orElse(new String[0]);
        return Arrays.stream(stored).filter(s -> s != null && !s.isBlank()).map(Path::of).distinct().limit(MAX).toList();
    }

    void add(Path folder) {
        Path added = folder.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(List.of(added));
        list().stream().filter(path -> !path.equals(added)).limit(MAX - 1).forEach(recent::add);
        try {
            settings.save(WorkspaceService.RECENT_SETTINGS, recent.stream().map(Path::toString).toArray(String[]::new));
        } catch (IOException e) {
            // the list is a convenience: the workspace opened all the same
            LOG.log(System.Logger.Level.WARNING, "Could not save the list of recent workspaces", e);
        }
    }
}
