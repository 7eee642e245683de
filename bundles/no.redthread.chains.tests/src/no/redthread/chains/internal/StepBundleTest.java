package no.redthread.chains.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import no.redthread.chains.ChainSteps;
import no.redthread.chains.teststep.EchoStep;

/** A step contributed by a bundle of its own appears when the bundle starts and is gone when it stops. */
class StepBundleTest {

    @TempDir
    Path temp;

    @Test
    void aStepComesAndGoesWithItsBundle() throws Exception {
        ChainSteps steps = Fixture.service(ChainSteps.class);
        Path jar = stepBundle(temp.resolve("teststep.jar"));
        Bundle bundle = FrameworkUtil.getBundle(Fixture.class).getBundleContext()
                .installBundle(jar.toUri().toString());
        try {
            assertFalse(steps.step(EchoStep.ID).isPresent(), "installed but not started");
            bundle.start();
            assertTrue(steps.step(EchoStep.ID).isPresent());
            assertTrue(steps.steps().stream().anyMatch(step -> step.id().equals(EchoStep.ID)));
            bundle.stop();
            assertFalse(steps.step(EchoStep.ID).isPresent());
        } finally {
            bundle.uninstall();
        }
    }

    /** A bundle whose activator registers {@link EchoStep}, its class copied from this fragment. */
    private static Path stepBundle(Path jar) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "no.redthread.chains.teststep");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", EchoStep.class.getName());
        main.putValue("Import-Package", "no.redthread.chains,no.redthread.report,org.osgi.framework,"
                + "org.eclipse.emf.common.command");
        String entry = EchoStep.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = EchoStep.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
