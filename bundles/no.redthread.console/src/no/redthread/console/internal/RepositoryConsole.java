package no.redthread.console.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.plugins.InstalledPlugin;
import no.redthread.plugins.PluginEntry;
import no.redthread.plugins.PluginInstaller;
import no.redthread.plugins.RepositoryIndex;
import no.redthread.plugins.RepositoryIndexes;

/**
 * {@code redthread:repository index <folder> | list <repository> | install <repository> <plugin> [--trust-new-signer]
 * | remove <plugin> | installed}: publishing a county's plugin repository with one command, and installing from one
 * in scripts. A new signer is refused unless {@code --trust-new-signer} says to trust it (then it is remembered).
 */
@Component(service = Function.class, property = { "osgi.command.scope=redthread",
        "osgi.command.function=repository" })
public final class RepositoryConsole implements Function {

    private static final String TRUST = "--trust-new-signer";

    private final PluginInstaller installer;

    @Activate
    public RepositoryConsole(@Reference PluginInstaller installer) {
        this.installer = installer;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
        return run(arguments.stream().map(String::valueOf).toList());
    }

    String run(List<String> arguments) throws Exception {
        String command = arguments.isEmpty() ? "" : arguments.get(0);
        switch (command) {
            case "index" -> {
                if (arguments.size() == 2) {
                    RepositoryIndex index = RepositoryIndexes.build(Path.of(arguments.get(1)));
                    return list(index) + ConsoleTexts.get("repository.indexed", index.plugins().size(),
                            Path.of(arguments.get(1)).resolve(RepositoryIndex.FILE_NAME));
                }
            }
            case "list" -> {
                if (arguments.size() == 2) {
                    return list(installer.index(repository(arguments.get(1))));
                }
            }
            case "install" -> {
                if (arguments.size() == 3 || arguments.size() == 4 && arguments.get(3).equals(TRUST)) {
                    return install(repository(arguments.get(1)), arguments.get(2), arguments.size() == 4);
                }
            }
            case "remove" -> {
                if (arguments.size() == 2) {
                    installer.remove(arguments.get(1));
                    return ConsoleTexts.get("repository.removed", arguments.get(1));
                }
            }
            case "installed" -> {
                if (arguments.size() == 1) {
                    return installed();
                }
            }
            default -> {
                // usage below
            }
        }
        throw new IllegalArgumentException(ConsoleTexts.get("repository.usage"));
    }

    private String install(URI repository, String name, boolean trustNewSigner) throws Exception {
        PluginEntry plugin = installer.index(repository).newest(name).orElseThrow(() ->
                new IllegalArgumentException(ConsoleTexts.get("repository.unknown", name, repository)));
        Path jar = installer.install(repository, plugin, (signature, entry) -> trustNewSigner);
        return ConsoleTexts.get("repository.installedOne", plugin.symbolicName(), plugin.version(), jar);
    }

    /** A folder or an address: a path that exists (or has no scheme) is a folder. */
    private static URI repository(String given) {
        Path folder = Path.of(given);
        return Files.isDirectory(folder) || !given.contains("://") ? folder.toAbsolutePath().toUri() : URI.create(given);
    }

    private static String list(RepositoryIndex index) {
        StringBuilder out = new StringBuilder();
        for (PluginEntry plugin : index.plugins()) {
            out.append(plugin.symbolicName()).append('\t').append(plugin.version()).append('\t')
                    .append(plugin.title()).append('\t').append(plugin.publisher()).append('\t')
                    .append(plugin.sha256()).append('\n');
        }
        return out.toString();
    }

    private String installed() {
        StringBuilder out = new StringBuilder();
        for (InstalledPlugin plugin : installer.installed()) {
            out.append(plugin.symbolicName()).append('\t').append(plugin.version()).append('\t')
                    .append(plugin.signerFingerprint() == null ? ConsoleTexts.get("repository.unsigned")
                            : plugin.signerFingerprint())
                    .append('\n');
        }
        return out.toString();
    }
}
