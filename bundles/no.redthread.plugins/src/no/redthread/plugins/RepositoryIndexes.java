package no.redthread.plugins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.redthread.plugins.internal.BundleJar;
import no.redthread.plugins.internal.IndexFile;

/**
 * Publishing a repository: the index of a folder of plugin jars, written beside them, so a county publishes with one
 * command on any web server or file share; and reading one back.
 */
public final class RepositoryIndexes {

    private RepositoryIndexes() {
    }

    /**
     * Indexes every jar in the folder (name, version, size, SHA-256, title, description, publisher, Redthread API
     * imports) and writes {@value RepositoryIndex#FILE_NAME} beside them atomically.
     *
     * @throws RepositoryException naming the jar that is not an OSGi bundle, or the folder that cannot be read
     */
    public static RepositoryIndex build(Path folder) throws RepositoryException {
        List<PluginEntry> plugins = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                plugins.add(BundleJar.read(jar).entry());
            }
            RepositoryIndex index = new RepositoryIndex(plugins);
            IndexFile.write(index, folder.resolve(RepositoryIndex.FILE_NAME));
            return index;
        } catch (IOException e) {
            throw new RepositoryException(folder + ": " + e.getMessage(), e);
        }
    }

    /** The index of a repository folder ({@code file:}) or address ({@code https:}). */
    public static RepositoryIndex read(URI repository) throws RepositoryException {
        return IndexFile.read(IndexFile.resolve(repository, RepositoryIndex.FILE_NAME));
    }
}
