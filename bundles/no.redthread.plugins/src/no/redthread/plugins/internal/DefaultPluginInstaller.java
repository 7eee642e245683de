package no.redthread.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.net.ssl.SSLException;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.plugins.InstalledPlugin;
import no.redthread.plugins.JarSignature;
import no.redthread.plugins.PluginEntry;
import no.redthread.plugins.PluginInstaller;
import no.redthread.plugins.PluginRefusedException;
import no.redthread.plugins.PluginRefusedException.Reason;
import no.redthread.plugins.RepositoryException;
import no.redthread.plugins.RepositoryIndex;
import no.redthread.plugins.RepositoryIndexes;
import no.redthread.workbench.settings.SettingsStore;

/**
 * Installs into the folder the framework watches (felix.fileinstall.dir). A jar is fetched into a staging folder
 * beside plugins/ (same file system, not watched), checked there, and moved in with one rename.
 */
@Component(service = PluginInstaller.class)
public final class DefaultPluginInstaller implements PluginInstaller {

    static final String TRUST = "plugin-trust";
    static final String REPOSITORIES = "plugin-repositories";

    private final SettingsStore settings;
    private final Path plugins;
    private final AdminPresets admin;

    @Activate
    public DefaultPluginInstaller(@Reference SettingsStore settings, BundleContext context) {
        this(settings, pluginsFolder(context), new AdminPresets(Optional.ofNullable(
                context.getProperty("redthread.home")).map(home -> Path.of(home, "conf"))));
    }

    /** The folder the framework watches; outside the distribution (a test runtime) there is none to install to. */
    private static Path pluginsFolder(BundleContext context) {
        String watched = context.getProperty("felix.fileinstall.dir");
        String home = context.getProperty("redthread.home");
        if (watched != null) {
            return Path.of(watched);
        }
        return home == null ? null : Path.of(home, "plugins");
    }

    DefaultPluginInstaller(SettingsStore settings, Path plugins, AdminPresets admin) {
        this.settings = settings;
        this.plugins = plugins;
        this.admin = admin;
    }

    @Override
    public List<URI> repositories() {
        Set<String> all = new LinkedHashSet<>(admin.repositories().repositories());
        all.addAll(settings.load(REPOSITORIES, RepositoryList.class).orElse(RepositoryList.NONE).repositories());
        return all.stream().map(URI::create).toList();
    }

    @Override
    public void addRepository(URI repository) throws IOException {
        List<String> mine = new ArrayList<>(settings.load(REPOSITORIES, RepositoryList.class)
                .orElse(RepositoryList.NONE).repositories());
        if (!mine.contains(repository.toString())) {
            mine.add(repository.toString());
            settings.save(REPOSITORIES, new RepositoryList(mine));
        }
    }

    @Override
    public List<URI> presetRepositories() {
        return admin.repositories().repositories().stream().map(URI::create).toList();
    }

    @Override
    public void removeRepository(URI repository) throws IOException {
        List<String> mine = new ArrayList<>(settings.load(REPOSITORIES, RepositoryList.class)
                .orElse(RepositoryList.NONE).repositories());
        if (mine.remove(repository.toString())) {
            settings.save(REPOSITORIES, new RepositoryList(mine));
        }
    }

    @Override
    public RepositoryIndex index(URI repository) throws RepositoryException {
        return RepositoryIndexes.read(repository);
    }

    @Override
    public Path install(URI repository, PluginEntry plugin, SignerQuestion question)
            throws RepositoryException, PluginRefusedException {
        if (plugins == null) {
            throw new RepositoryException(Texts.get("install.noFolder"));
        }
        Path staging = plugins.resolveSibling(".plugin-staging");
        Path staged = null;
        try {
            Files.createDirectories(staging);
            staged = Files.createTempFile(staging, plugin.symbolicName() + "-", ".jar");
            fetch(IndexFile.resolve(repository, plugin.file()), staged);
            check(staged, plugin, question);
            Path target = plugins.resolve(plugin.symbolicName() + "_" + plugin.version() + ".jar");
            List<Path> older = jarsOf(plugin.symbolicName());
            move(staged, target);
            for (Path old : older) {
                if (!old.equals(target)) {
                    Files.deleteIfExists(old);
                }
            }
            return target;
        } catch (SSLException e) {
            throw new RepositoryException(Texts.get("install.notConnected", HttpsRefusal.of(repository, e)), e);
        } catch (IOException e) {
            throw new RepositoryException(Texts.get("install.failed", plugin.file(), repository, e.getMessage()), e);
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException e) {
                    // a staging leftover is outside plugins/ and never starts; the next install overwrites nothing
                }
            }
        }
    }

    private void check(Path staged, PluginEntry plugin, SignerQuestion question)
            throws IOException, PluginRefusedException {
        String sha = BundleJar.sha256(staged);
        if (!sha.equalsIgnoreCase(plugin.sha256())) {
            throw new PluginRefusedException(Reason.CHECKSUM, Texts.get("refused.checksum", plugin.file()));
        }
        Optional<JarSignature> signature = SignedJars.verify(staged);
        if (signature.isEmpty()) {
            if (!unsignedAllowed()) {
                throw new PluginRefusedException(Reason.UNSIGNED, Texts.get("refused.unsigned", plugin.file()));
            }
            return;
        }
        String fingerprint = signature.get().fingerprint();
        if (trust().trustedSigners().contains(fingerprint)) {
            return;
        }
        if (!question.trust(signature.get(), plugin)) {
            throw new PluginRefusedException(Reason.UNTRUSTED_SIGNER, Texts.get("refused.untrusted", plugin.file(),
                    signature.get().subject(), fingerprint));
        }
        TrustSettings mine = settings.load(TRUST, TrustSettings.class).orElse(TrustSettings.NONE);
        settings.save(TRUST, mine.with(fingerprint));
    }

    private static void fetch(URI source, Path target) throws IOException {
        try (InputStream in = source.toURL().openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void remove(String symbolicName) throws IOException {
        for (Path jar : jarsOf(symbolicName)) {
            Files.deleteIfExists(jar);
        }
    }

    @Override
    public List<InstalledPlugin> installed() {
        List<InstalledPlugin> found = new ArrayList<>();
        for (Path jar : jars()) {
            try {
                PluginEntry entry = BundleJar.read(jar).entry();
                String signer = SignedJars.verify(jar).map(JarSignature::fingerprint).orElse(null);
                found.add(new InstalledPlugin(entry.symbolicName(), entry.version(), jar, signer));
            } catch (RepositoryException | PluginRefusedException e) {
                // a jar dropped in by hand that is no plugin: the workbench reports it when it fails to start
            }
        }
        return found;
    }

    @Override
    public boolean unsignedAllowed() {
        return trust().allowUnsigned();
    }

    private TrustSettings trust() {
        TrustSettings mine = settings.load(TRUST, TrustSettings.class).orElse(TrustSettings.NONE);
        TrustSettings preset = admin.trust();
        List<String> signers = new ArrayList<>(preset.trustedSigners());
        signers.addAll(mine.trustedSigners());
        return new TrustSettings(signers, preset.allowUnsigned() || mine.allowUnsigned());
    }

    /** Every jar of the plugin in plugins/, by its manifest alone: also one that no longer verifies. */
    private List<Path> jarsOf(String symbolicName) {
        return jars().stream().filter(jar -> BundleJar.symbolicName(jar).filter(symbolicName::equals).isPresent())
                .toList();
    }

    private List<Path> jars() {
        if (plugins == null || !Files.isDirectory(plugins)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(plugins)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
