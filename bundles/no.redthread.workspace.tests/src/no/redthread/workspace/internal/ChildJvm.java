package no.redthread.workspace.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts a main class of this fragment in a new JVM on a plain class path made of the files of
 * the bundles it needs, as the test framework installed them (jars, or project folders whose
 * classes are in target/classes).
 */
final class ChildJvm {

    private static final Set<String> BUNDLES = Set.of("no.redthread.workspace", "no.redthread.workspace.tests",
            "no.redthread.model", "no.redthread.core", "no.redthread.workbench", "org.eclipse.emf.common",
            "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.edit",
            "com.fasterxml.jackson.core.jackson-core", "com.fasterxml.jackson.core.jackson-databind",
            "com.fasterxml.jackson.core.jackson-annotations");

    private ChildJvm() {
    }

    /** @param classPath from {@link #copyClassPath} */
    static ProcessBuilder command(String classPath, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /**
     * Copies the class path into a folder of the test, so that a build running beside the test in
     * the same checkout (which rewrites target/) cannot pull the classes away from the children.
     */
    static String copyClassPath(Path folder) throws IOException {
        List<String> copies = new ArrayList<>();
        int n = 0;
        for (String entry : classPath().split(File.pathSeparator)) {
            Path source = Path.of(entry);
            Path copy = folder.resolve(n++ + "-" + source.getFileName());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(source.relativize(file).toString()));
                }
            }
            copies.add(copy.toString());
        }
        return String.join(File.pathSeparator, copies);
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static String classPath() {
        Set<String> found = new TreeSet<>();
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(ChildJvm.class).getBundleContext().getBundles()) {
            if (BUNDLES.contains(bundle.getSymbolicName()) && found.add(bundle.getSymbolicName())) {
                entries.add(fileOf(bundle).toString());
            }
        }
        if (found.size() != BUNDLES.size()) {
            throw new IllegalStateException("bundles not found for the child JVM: " + BUNDLES.stream()
                    .filter(name -> !found.contains(name)).toList());
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * {@code reference:file:/x/}, {@code initial@reference:file:../x.jar} and the like, to a jar or
     * class folder; Equinox resolves relative locations against its install area.
     */
    private static Path fileOf(Bundle bundle) {
        String location = bundle.getLocation();
        int file = location.indexOf("file:");
        if (file < 0) {
            throw new IllegalStateException("not a file location: " + location);
        }
        String installArea = FrameworkUtil.getBundle(ChildJvm.class).getBundleContext().getProperty("osgi.install.area");
        Path base = installArea != null && installArea.startsWith("file:") ? Path.of(installArea.substring(5))
                : Path.of("").toAbsolutePath();
        Path path = base.resolve(location.substring(file + "file:".length())).normalize();
        Path classes = path.resolve("target/classes");
        return Files.isDirectory(path) && Files.isDirectory(classes) ? classes : path;
    }
}
