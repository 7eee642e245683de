package no.redthread.plugins;

import java.util.List;

/**
 * One plugin of a repository: what the index says of its jar. {@code file} is the jar's name beside the index;
 * {@code requires} lists the Redthread API packages it imports with their version ranges
 * ({@code no.redthread.workbench;version="[1.2,2)"}).
 */
public record PluginEntry(String symbolicName, String version, String file, long size, String sha256, String title,
        String description, String publisher, List<String> requires) {

    public PluginEntry {
        requires = List.copyOf(requires);
    }
}
