package no.redthread.journeys.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import no.redthread.journeys.plugin.JourneyPluginPart;

/** A plugin jar that contributes {@link JourneyPluginPart}, signed by the JDK's keytool and jarsigner. */
final class PluginJars {

    static final String NAME = "no.redthread.journeys.klima";
    private static final String PASSWORD = "redthread-journey";
    private static final String CLASS = JourneyPluginPart.class.getName().replace('.', '/') + ".class";

    private PluginJars() {
    }

    static Path publish(Path repository, String version, Path keystore) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", NAME);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Name", JourneyPluginPart.LABEL);
        main.putValue("Bundle-Vendor", "Troms og Finnmark fylkeskommune (reise)");
        main.putValue("Bundle-Description", "En visning som reisen installerer, oppdaterer og fjerner");
        main.putValue("Service-Component", "OSGI-INF/part.xml");
        main.putValue("Require-Bundle", "org.eclipse.swt;bundle-version=\"[3.130,4)\"");
        main.putValue("Import-Package", "no.redthread.workbench.ui;version=\"[1.0,2)\",org.osgi.framework;version=\"[1.9,2)\"");
        Files.createDirectories(repository);
        Path jar = repository.resolve("klima-" + version + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                InputStream code = JourneyPluginPart.class.getClassLoader().getResourceAsStream(CLASS)) {
            out.putNextEntry(new JarEntry(CLASS));
            code.transferTo(out);
            out.putNextEntry(new JarEntry("OSGI-INF/part.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + NAME + ".part\">\n"
                    + "  <implementation class=\"" + JourneyPluginPart.class.getName() + "\"/>\n"
                    + "  <service><provide interface=\"no.redthread.workbench.ui.PartDescriptor\"/></service>\n"
                    + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
        }
        run("jarsigner", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                jar.toString(), "signer");
        return jar;
    }

    static Path keystore(Path folder) throws IOException {
        Path store = folder.resolve("county.p12");
        run("keytool", "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-keypass", PASSWORD, "-alias", "signer", "-dname", "CN=Troms og Finnmark fylkeskommune (reise), C=NO",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30");
        return store;
    }

    private static void run(String tool, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
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
