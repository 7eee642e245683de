package no.redthread.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import no.redthread.plugins.PluginEntry;
import no.redthread.plugins.RepositoryException;

/** What a plugin jar's manifest and bytes say of it: the index entry a repository lists it by. */
public record BundleJar(PluginEntry entry) {

    /** The jar's Bundle-SymbolicName from its manifest alone, without reading the rest; empty for no bundle. */
    public static Optional<String> symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null || name.isBlank() ? Optional.empty()
                    : Optional.of(name.split(";")[0].strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static BundleJar read(Path jar) throws RepositoryException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            manifest = file.getManifest();
        } catch (IOException e) {
            throw new RepositoryException(Texts.get("jar.unreadable", jar, e.getMessage()), e);
        }
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        String name = main.getValue("Bundle-SymbolicName");
        if (name == null || name.isBlank()) {
            throw new RepositoryException(Texts.get("jar.notBundle", jar));
        }
        try {
            return new BundleJar(new PluginEntry(name.split(";")[0].strip(), or(main, "Bundle-Version", "0.0.0"),
                    jar.getFileName().toString(), Files.size(jar), sha256(jar), or(main, "Bundle-Name", name),
                    or(main, "Bundle-Description", ""), or(main, "Bundle-Vendor", ""),
                    redthreadImports(main.getValue("Import-Package"))));
        } catch (IOException e) {
            throw new RepositoryException(Texts.get("jar.unreadable", jar, e.getMessage()), e);
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String or(Attributes main, String header, String fallback) {
        String value = main.getValue(header);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The no.redthread.* packages of an Import-Package header, each with its attributes. */
    static List<String> redthreadImports(String header) {
        List<String> imports = new ArrayList<>();
        if (header == null) {
            return imports;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String done = clause.toString().strip();
                if (done.startsWith("no.redthread.")) {
                    imports.add(done);
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return imports;
    }
}
