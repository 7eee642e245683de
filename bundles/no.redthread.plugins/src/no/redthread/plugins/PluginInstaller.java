package no.redthread.plugins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Installs, updates and removes plugins from repositories into the distribution's plugins/ folder, where the
 * workbench starts and stops them live. An OSGi service.
 */
public interface PluginInstaller {

    /** Asked when a jar is signed by someone not yet trusted; true trusts the signer from now on. */
    @FunctionalInterface
    interface SignerQuestion {
        boolean trust(JarSignature signature, PluginEntry plugin);
    }

    /** The repositories the user added and those the administrator preset (conf/plugin-repositories.json). */
    List<URI> repositories();

    void addRepository(URI repository) throws IOException;

    /**
     * The repositories the administrator preset: shown as such, and not removable by the user.
     *
     * @since 1.1
     */
    List<URI> presetRepositories();

    /**
     * Removes a repository the user added; a preset one stays (its file is the administrator's).
     *
     * @since 1.1
     */
    void removeRepository(URI repository) throws IOException;

    /** The repository's index: from a folder (file: address) or an https address. */
    RepositoryIndex index(URI repository) throws RepositoryException;

    /**
     * Fetches the plugin's jar, checks its SHA-256 against the index, its signature and its signer's trust, and
     * moves it into plugins/ in one step; an older version of the same plugin is removed after. A refused or failed
     * install leaves nothing behind.
     *
     * @return the installed jar
     */
    Path install(URI repository, PluginEntry plugin, SignerQuestion question)
            throws RepositoryException, PluginRefusedException;

    /** Removes every jar of the plugin from plugins/; its views close as it stops. */
    void remove(String symbolicName) throws IOException;

    List<InstalledPlugin> installed();

    /** Whether unsigned jars may be installed: false unless the user's or the administrator's settings allow it. */
    boolean unsignedAllowed();
}
