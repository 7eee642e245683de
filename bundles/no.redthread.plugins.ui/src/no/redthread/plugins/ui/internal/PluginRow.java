package no.redthread.plugins.ui.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Version;

import no.redthread.plugins.InstalledPlugin;
import no.redthread.plugins.PluginEntry;
import no.redthread.plugins.RepositoryIndex;

/**
 * One plugin of a repository as the view lists it: the newest version the repository has, the version installed
 * (null when none) and what can be done with it.
 */
record PluginRow(PluginEntry entry, String installedVersion) {

    enum State {
        NEW, INSTALLED, UPDATE
    }

    State state() {
        if (installedVersion == null) {
            return State.NEW;
        }
        return Version.parseVersion(entry.version()).compareTo(Version.parseVersion(installedVersion)) > 0
                ? State.UPDATE : State.INSTALLED;
    }

    String title() {
        return entry.title() == null || entry.title().isBlank() ? entry.symbolicName() : entry.title();
    }

    /** A row per plugin of the index (its newest version), by title, joined with what is installed. */
    static List<PluginRow> of(RepositoryIndex index, Collection<InstalledPlugin> installed) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (InstalledPlugin plugin : installed) {
            versions.merge(plugin.symbolicName(), plugin.version(),
                    (a, b) -> Version.parseVersion(a).compareTo(Version.parseVersion(b)) >= 0 ? a : b);
        }
        return index.plugins().stream().map(PluginEntry::symbolicName).distinct()
                .map(name -> new PluginRow(index.newest(name).orElseThrow(), versions.get(name)))
                .sorted(Comparator.comparing(PluginRow::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
