package no.redthread.plugins;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Version;

/** A repository's plugins as its index file lists them ({@value #FILE_NAME} beside the jars). */
public record RepositoryIndex(List<PluginEntry> plugins) {

    public static final String FILE_NAME = "redthread-index.json";

    public RepositoryIndex {
        plugins = List.copyOf(plugins);
    }

    /** The highest version the repository has of a plugin. */
    public Optional<PluginEntry> newest(String symbolicName) {
        return plugins.stream().filter(plugin -> plugin.symbolicName().equals(symbolicName))
                .max(Comparator.comparing(plugin -> Version.parseVersion(plugin.version())));
    }
}
