package no.redthread.workbench.internal.packs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import no.redthread.workbench.LocalizedText;
import no.redthread.workbench.packs.BundleContributions;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.ContributionTexts;
import no.redthread.workbench.packs.PluginInventory;

/**
 * Checks a plugin jar the way the workbench would load it, before anyone installs it: its manifest, its DS
 * descriptors, its imports resolved against the API bundles running now, and its content packs read by the modules'
 * own validators. The jar is installed into the running framework under a location of its own, started, looked at
 * and uninstalled again; plugins/ is not touched.
 */
final class PluginChecker {

    static final LocalizedText TEXT = new LocalizedText("no.redthread.workbench.internal.packs.messages",
            PluginChecker.class);

    /** What the check found: the bundle, what it contributes, and its problems (none: it may be installed). */
    record Result(String bundle, String contributes, List<String> problems) {
    }

    private final BundleContext context;
    private final Collection<ContentPackReport> reports;
    private final ServiceComponentRuntime scr;

    PluginChecker(BundleContext context, Collection<ContentPackReport> reports, ServiceComponentRuntime scr) {
        this.context = context;
        this.reports = reports;
        this.scr = scr;
    }

    Result check(Path jar) throws IOException {
        List<String> problems = new ArrayList<>();
        Attributes manifest = manifest(jar, problems);
        if (manifest == null) {
            return new Result(jar.getFileName().toString(), "", problems);
        }
        String name = manifest.getValue("Bundle-SymbolicName");
        if (name == null || name.isBlank()) {
            problems.add(TEXT.get("check.noName"));
            return new Result(jar.getFileName().toString(), "", problems);
        }
        descriptors(jar, manifest.getValue("Service-Component"), problems);
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = context.installBundle("check:" + jar.toAbsolutePath(), in);
        } catch (BundleException e) {
            problems.add(TEXT.get("check.notInstallable", e.getMessage()));
            return new Result(name, "", problems);
        }
        try {
            return started(bundle, problems);
        } finally {
            uninstall(bundle);
        }
    }

    private Result started(Bundle bundle, List<String> problems) {
        String label = bundle.getSymbolicName() + " " + bundle.getVersion();
        if (!context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle))) {
            try {
                bundle.start(Bundle.START_TRANSIENT); // its exception names the requirement nothing provides
                problems.add(TEXT.get("check.unresolved", "?"));
            } catch (BundleException e) {
                problems.add(TEXT.get("check.unresolved", e.getMessage()));
            }
            return new Result(label, "", problems);
        }
        try {
            bundle.start(Bundle.START_TRANSIENT);
        } catch (BundleException e) {
            problems.add(TEXT.get("check.notStarted", e.getMessage()));
            return new Result(label, "", problems);
        }
        BundleContributions seen = settled(bundle);
        problems.addAll(ContributionTexts.problems(seen));
        return new Result(label, ContributionTexts.summary(seen), problems);
    }

    /** The bundle's contributions once its components have had a moment to activate (SCR works on its own thread). */
    private BundleContributions settled(Bundle bundle) {
        BundleContributions seen = inventory(bundle);
        for (int i = 0; i < 20; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            BundleContributions now = inventory(bundle);
            if (now.equals(seen) && i >= 4) {
                break;
            }
            seen = now;
        }
        return seen;
    }

    private BundleContributions inventory(Bundle bundle) {
        return PluginInventory.collect(context, reports, scr).stream()
                .filter(found -> found.bundleId() == bundle.getBundleId()).findFirst().orElseThrow();
    }

    private static Attributes manifest(Path jar, List<String> problems) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            if (file.getManifest() == null) {
                problems.add(TEXT.get("check.noManifest"));
                return null;
            }
            return file.getManifest().getMainAttributes();
        } catch (IOException e) {
            problems.add(TEXT.get("check.notJar", e.getMessage()));
            return null;
        }
    }

    /** Every descriptor the Service-Component header names (without wildcards) is in the jar. */
    private static void descriptors(Path jar, String header, List<String> problems) throws IOException {
        if (header == null) {
            return;
        }
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            for (String path : header.split(",")) {
                String descriptor = path.strip();
                if (!descriptor.isEmpty() && !descriptor.contains("*") && file.getEntry(descriptor) == null) {
                    problems.add(TEXT.get("check.noDescriptor", descriptor));
                }
            }
        }
    }

    private static void uninstall(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            // already gone
        }
    }
}
