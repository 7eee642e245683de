package no.redthread.launcher;

import java.io.File;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/**
 * What Felix's AutoProcessor does with the product's configuration ({@code felix.auto.install.1} and
 * {@code felix.auto.deploy.dir} with {@code install,start}), at a fraction of its cost on a warm cache: a jar not yet
 * installed is installed, at level 1 when {@code felix.auto.install.1} lists it, else at {@code felix.startlevel.bundle};
 * every bundle that is no fragment is marked to start. AutoProcessor read every bundle's localized headers to tell a
 * fragment: 36 ms of each start (bench/startup), before the window could fill.
 */
final class BundleFolder {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private BundleFolder() {
    }

    static void installAndStart(BundleContext context, Map<String, String> config) throws BundleException {
        Set<String> core = new HashSet<>();
        Matcher quoted = QUOTED.matcher(config.getOrDefault("felix.auto.install.1", ""));
        while (quoted.find()) {
            core.add(quoted.group(1));
        }
        int initialLevel = Integer.parseInt(config.getOrDefault("felix.startlevel.bundle", "1").trim());
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            installed.put(bundle.getLocation(), bundle);
        }
        File folder = new File(config.get("felix.auto.deploy.dir"));
        File[] jars = folder.listFiles((parent, name) -> name.endsWith(".jar"));
        if (jars == null) {
            throw new BundleException("Redthread: no bundles in " + folder);
        }
        Arrays.sort(jars);
        for (File jar : jars) {
            String location = "file:" + jar.getAbsolutePath();
            Bundle bundle = installed.get(location);
            if (bundle == null) {
                bundle = context.installBundle(location);
                bundle.adapt(BundleStartLevel.class).setStartLevel(core.contains(location) ? 1 : initialLevel);
            }
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            if (!fragment && !bundle.adapt(BundleStartLevel.class).isPersistentlyStarted()) {
                bundle.start();
            }
        }
    }
}
