import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.OSGiHeader;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;

/**
 * The API baseline (docs/plugins.md, "The API and its stability promise"): compares the exported packages of this
 * build's API jars with those of the last release, kept in {@code api-baseline/release/}, with bnd's baseline, and
 * fails when a package changed more than its version says (a removed method without a major bump, an added one
 * without a minor bump, a removed package).
 *
 * <pre>
 * java -cp "&lt;bndlib jars&gt;" ApiBaseline.java check   &lt;release folder&gt; &lt;api jars folder&gt; &lt;scratch folder&gt;
 * java -cp "&lt;bndlib jars&gt;" ApiBaseline.java release &lt;api jars folder&gt; &lt;release folder&gt; &lt;name&gt;
 * </pre>
 *
 * After a passing check it proves that the check can fail: it removes a public type from a copy of an API jar and expects the
 * check to refuse the copy, then bumps that package's major version in the copy and expects it to pass.
 */
public final class ApiBaseline {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "check" -> {
                Path release = Path.of(args[1]);
                Map<String, Path> api = bySymbolicName(Path.of(args[2]));
                List<String> faults = check(bySymbolicName(release), api);
                faults.forEach(fault -> System.out.println("API baseline: " + fault));
                if (!faults.isEmpty()) {
                    System.out.println("API baseline: " + faults.size() + " incompatible change(s) against " + release
                            + "; raise the package versions as docs/plugins.md says (\"The API and its stability promise\")");
                    System.exit(1);
                }
                prove(release, api, Path.of(args[3]));
            }
            case "release" -> release(Path.of(args[1]), Path.of(args[2]), args[3]);
            default -> throw new IllegalArgumentException("check or release, not " + args[0]);
        }
    }

    /** Every fault of the API jars against the release's; an empty list when all is compatible. */
    static List<String> check(Map<String, Path> older, Map<String, Path> newer) throws Exception {
        long start = System.nanoTime();
        List<String> faults = new ArrayList<>();
        int packages = 0;
        for (Map.Entry<String, Path> bundle : older.entrySet()) {
            Path current = newer.get(bundle.getKey());
            if (current == null) {
                faults.add(bundle.getKey() + ": the bundle exports no API any more (its packages were removed)");
                continue;
            }
            try (Jar newerJar = new Jar(current.toFile()); Jar olderJar = new Jar(bundle.getValue().toFile());
                    Processor reporter = new Processor()) {
                for (Baseline.Info info : new Baseline(reporter, new DiffPluginImpl()).baseline(newerJar, olderJar, null)) {
                    packages++;
                    String fault = fault(bundle.getKey(), info);
                    if (fault != null) {
                        faults.add(fault);
                    }
                }
            }
        }
        System.out.println("API baseline: " + packages + " exported packages of " + older.size() + " bundles compared, "
                + faults.size() + " fault(s) (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        return faults;
    }

    static String fault(String bundle, Baseline.Info info) {
        String where = bundle + ": package " + info.packageName + " " + info.olderVersion + " → " + info.newerVersion;
        return switch (info.packageDiff.getDelta()) {
            case REMOVED -> where + ": removed from the API (plugins that import it stop resolving)";
            default -> info.mismatch
                    ? where + ": the change is " + info.packageDiff.getDelta() + ", so it needs at least "
                            + info.suggestedVersion + " (" + info.reason.strip().replace("\n", "; ") + ")"
                    : null;
        };
    }

    /** Refuses an incompatible copy, accepts it with the major version raised; throws when either goes wrong. */
    static void prove(Path release, Map<String, Path> api, Path scratch) throws Exception {
        Map<String, Path> older = Map.of("no.redthread.workbench", bySymbolicName(release).get("no.redthread.workbench"));
        Path jar = api.get("no.redthread.workbench");
        String type = "no/redthread/workbench/CommandContribution.class";
        Files.createDirectories(scratch);
        Path broken = scratch.resolve("broken");
        Path bumped = scratch.resolve("bumped");
        for (Path folder : List.of(broken, bumped)) {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        copyWithout(jar, broken.resolve(jar.getFileName()), type, false);
        copyWithout(jar, bumped.resolve(jar.getFileName()), type, true);
        List<String> refused = check(older, Map.of("no.redthread.workbench", broken.resolve(jar.getFileName())));
        if (refused.stream().noneMatch(fault -> fault.contains("no.redthread.workbench ") && fault.contains("MAJOR"))) {
            throw new IllegalStateException("the baseline accepted " + type + " removed from " + jar + ": " + refused);
        }
        List<String> accepted = check(older, Map.of("no.redthread.workbench", bumped.resolve(jar.getFileName())));
        if (!accepted.isEmpty()) {
            throw new IllegalStateException("the baseline refused a major version bump: " + accepted);
        }
        System.out.println("API baseline proven: removing " + type + " was refused (" + refused.get(0)
                + "); with the major version raised it passed");
    }

    /** A copy of the jar without one entry; with {@code bumpMajor}, its package exported at the next major version. */
    static void copyWithout(Path jar, Path copy, String entry, boolean bumpMajor) throws IOException {
        String pkg = entry.substring(0, entry.lastIndexOf('/')).replace('/', '.');
        try (JarFile in = new JarFile(jar.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            if (bumpMajor) {
                Attributes main = manifest.getMainAttributes();
                main.putValue("Export-Package", OSGiHeader.parseHeader(main.getValue("Export-Package")).entrySet()
                        .stream().map(e -> e.getKey().equals(pkg) ? pkg + ";version=\"" + nextMajor(e.getValue().get("version")) + "\""
                                : e.getKey() + ";version=\"" + e.getValue().get("version") + "\"")
                        .reduce((a, b) -> a + "," + b).orElseThrow());
            }
            writeJar(in, manifest, copy, name -> !name.equals(entry));
        }
    }

    static String nextMajor(String version) {
        return (Integer.parseInt(version.split("\\.")[0]) + 1) + ".0.0";
    }

    /** Writes the release: per API bundle its manifest and the classes of its exported packages, nothing else. */
    static void release(Path api, Path release, String name) throws IOException {
        Files.createDirectories(release);
        try (Stream<Path> old = Files.list(release)) {
            for (Path file : old.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.delete(file);
            }
        }
        for (Map.Entry<String, Path> bundle : bySymbolicName(api).entrySet()) {
            try (JarFile in = new JarFile(bundle.getValue().toFile())) {
                var exported = OSGiHeader.parseHeader(in.getManifest().getMainAttributes().getValue("Export-Package")).keySet();
                writeJar(in, in.getManifest(), release.resolve(bundle.getKey() + ".jar"), entry -> entry.endsWith(".class")
                        && exported.contains(entry.contains("/") ? entry.substring(0, entry.lastIndexOf('/')).replace('/', '.') : ""));
            }
        }
        Files.writeString(release.resolve("RELEASE"), "release " + name + ", baseline written " + LocalDate.now() + "\n");
        System.out.println("API baseline: release " + name + " written to " + release);
    }

    interface EntryFilter {
        boolean keep(String name);
    }

    static void writeJar(JarFile in, Manifest manifest, Path out, EntryFilter filter) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            for (JarEntry entry : in.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/") || !filter.keep(entry.getName())) {
                    continue;
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(0);
                jar.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
    }

    /** The jars of a folder that export packages, by their bundle's symbolic name. */
    static Map<String, Path> bySymbolicName(Path folder) throws IOException {
        Map<String, Path> jars = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    Attributes main = file.getManifest().getMainAttributes();
                    if (main.getValue("Export-Package") != null) {
                        jars.put(main.getValue("Bundle-SymbolicName").split(";")[0].trim(), jar);
                    }
                }
            }
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no jar that exports packages in " + folder);
        }
        return jars;
    }
}
