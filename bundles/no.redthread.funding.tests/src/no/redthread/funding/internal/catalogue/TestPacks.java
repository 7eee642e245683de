package no.redthread.funding.internal.catalogue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import no.redthread.funding.FundingCatalog;

/** Builds and installs content-pack bundles (a manifest and JSON files, no Java) in the test framework. */
final class TestPacks {

    private TestPacks() {
    }

    /** Installs a bundle with the given symbolic name, header value (null for none) and files (path → content). */
    static Bundle install(BundleContext context, String symbolicName, String header, Map<String, String> files)
            throws IOException, BundleException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        if (header != null) {
            main.putValue(FundingCatalog.MANIFEST_HEADER, header);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                jar.putNextEntry(new JarEntry(file.getKey()));
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return context.installBundle("test:" + symbolicName, new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The files of the example county pack in this fragment's testdata/countypack, by path in the pack. */
    static Map<String, String> countyPack() throws IOException {
        Bundle host = FrameworkUtil.getBundle(TestPacks.class);
        Map<String, String> files = new TreeMap<>();
        String root = "testdata/countypack/";
        for (URL url : Collections.list(host.findEntries(root + "schemes", "*.json", false))) {
            try (InputStream in = url.openStream()) {
                String path = url.getPath().substring(url.getPath().indexOf(root) + root.length());
                files.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Waits up to five seconds for the condition; returns whether it came true. */
    static boolean await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
