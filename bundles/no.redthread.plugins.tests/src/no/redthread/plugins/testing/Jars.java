package no.redthread.plugins.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Plugin jars for the tests, signed by the JDK's own keytool and jarsigner with keys made here. Exported by this test
 * fragment so that the view's tests (no.redthread.plugins.ui.tests) use the same; the journeys bundle ships in the
 * distribution's test run and keeps its own.
 */
public final class Jars {

    public static final String PASSWORD = "redthread-test";

    private Jars() {
    }

    public static Path bundle(Path jar, String symbolicName, String version, String content) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Name", "Klimatiltak for Troms");
        main.putValue("Bundle-Vendor", "Troms fylkeskommune (test)");
        main.putValue("Import-Package", "no.redthread.workbench;version=\"[1.2,2)\",org.osgi.framework;version=\"[1.9,2)\"");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            entry(out, "templates/klima.json", content);
            entry(out, "OSGI-INF/l10n/bundle.properties", "name=Klima");
        }
        return jar;
    }

    /** A key pair in a PKCS12 store of its own, for a signer named by {@code dname}. */
    public static Path keystore(Path folder, String dname) throws IOException {
        Path store = folder.resolve(dname.replaceAll("\\W+", "_") + ".p12");
        run("keytool", "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-keypass", PASSWORD, "-alias", "signer", "-dname", dname, "-keyalg", "EC", "-groupname",
                "secp256r1", "-validity", "30");
        return store;
    }

    /** A server's key pair and self-signed certificate for localhost and 127.0.0.1, in a PKCS12 store of its own. */
    public static Path tlsKeystore(Path folder, String name) throws IOException {
        Path store = folder.resolve(name + ".p12");
        run("keytool", "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-keypass", PASSWORD, "-alias", "server", "-dname", "CN=localhost, O=" + name, "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "30", "-ext", "SAN=dns:localhost,ip:127.0.0.1");
        return store;
    }

    public static void sign(Path jar, Path keystore) throws IOException {
        run("jarsigner", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                jar.toString(), "signer");
    }

    /** The jar again with one entry's content changed and everything else, signature included, as it was. */
    public static void tamper(Path jar, String name, String content) throws IOException {
        rewrite(jar, name, content, null);
    }

    /** The jar again with one more, unsigned file. */
    public static void addFile(Path jar, String name, String content) throws IOException {
        rewrite(jar, null, null, new String[] { name, content });
    }

    private static void rewrite(Path jar, String changed, String content, String[] added) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".new");
        try (JarFile in = new JarFile(jar.toFile(), false);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().equals(changed)) {
                    entry(out, changed, content);
                    continue;
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            if (added != null) {
                entry(out, added[0], added[1]);
            }
        }
        Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void entry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static void run(String tool, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream ignored = process.getOutputStream()) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(tool + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
