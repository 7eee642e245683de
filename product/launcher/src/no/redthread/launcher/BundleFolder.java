package no.redthread.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The product's bundle folder ({@code redthread.bundles}): a jar the Felix cache lacks is installed, at level 1 when its
 * name matches {@code redthread.bundles.core} or none of {@code redthread.bundles.modules} (file-name globs), else at
 * {@code felix.startlevel.bundle}; every bundle that is no fragment is marked to start. Felix's AutoProcessor did this
 * before, but read every bundle's localized headers to tell a fragment: 36 ms of each start (bench/startup), before the
 * window could fill.
 */
final class BundleFolder {

    private BundleFolder() {
    }

    static void installAndStart(BundleContext context, Map<String, String> config)
            throws BundleException, IOException {
        PathMatcher core = globs(config.get("redthread.bundles.core"));
        PathMatcher modules = globs(config.get("redthread.bundles.modules"));
        int modulesLevel = Integer.parseInt(config.getOrDefault("felix.startlevel.bundle", "1").trim());
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            installed.put(bundle.getLocation(), bundle);
        }
        try (Stream<Path> files = Files.list(Path.of(config.get("redthread.bundles")))) {
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).sorted().toList()) {
                String location = "file:" + jar.toAbsolutePath();
                Bundle bundle = installed.get(location);
                if (bundle == null) {
                    bundle = context.installBundle(location);
                    Path name = jar.getFileName();
                    boolean isCore = core.matches(name) || !modules.matches(name);
                    bundle.adapt(BundleStartLevel.class).setStartLevel(isCore ? 1 : modulesLevel);
                }
                boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
                if (!fragment && !bundle.adapt(BundleStartLevel.class).isPersistentlyStarted()) {
                    bundle.start();
                }
            }
        }
    }

    private static PathMatcher globs(String names) {
        String list = names == null || names.isBlank() ? "-" : String.join(",", names.trim().split("\\s+"));
        return FileSystems.getDefault().getPathMatcher("glob:{" + list + "}");
    }
}
