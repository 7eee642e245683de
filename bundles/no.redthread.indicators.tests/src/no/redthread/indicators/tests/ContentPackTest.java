package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import no.redthread.indicators.IndicatorSetProvider;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.model.IndicatorSet;

/** A county's content pack: a bundle with set files and a manifest header, no Java, comes and goes live. */
class ContentPackTest {

    private static final String SET = """
            {"format":"redthread-indicator-set/1","id":"troms-pack","nameNb":"Troms-indikatorer",
             "indicators":[{"id":"troms-reindeer","nameNb":"Reinbeitedistrikter","direction":"NEUTRAL",
                            "themes":["theme-nature-land-use"],"sdgTargets":["15.1"]}]}""";

    private static byte[] bundle(String name, String header, String file, String content) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue(IndicatorSets.MANIFEST_HEADER, header);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry(file));
            jar.write(content.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static boolean hasSet(IndicatorSets sets, String id) {
        return sets.providers().stream().map(IndicatorSetProvider::id).anyMatch(id::equals);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void aBundleWithASetFileAddsItsSetWhileActive() throws Exception {
        IndicatorSets sets = Fixtures.service(IndicatorSets.class);
        BundleContext context = FrameworkUtil.getBundle(ContentPackTest.class).getBundleContext();
        Bundle pack = context.installBundle("test:troms-pack",
                new ByteArrayInputStream(bundle("test.troms.pack", "sets/troms.json", "sets/troms.json", SET)));
        try {
            pack.start();
            waitFor(() -> hasSet(sets, "troms-pack"), "the pack's set appears");
            IndicatorSet set = sets.createSet("troms-pack").orElseThrow();
            assertEquals("Reinbeitedistrikter", set.getIndicators().get(0).getNameNb());
            pack.stop();
            waitFor(() -> !hasSet(sets, "troms-pack"), "the set goes with the bundle");
            pack.start();
            waitFor(() -> hasSet(sets, "troms-pack"), "and comes back");
        } finally {
            pack.uninstall();
        }
        waitFor(() -> !hasSet(sets, "troms-pack"), "gone after uninstall");
    }

    @Test
    void aBrokenSetFileIsSkippedAndTheBundleStillStarts() throws Exception {
        IndicatorSets sets = Fixtures.service(IndicatorSets.class);
        BundleContext context = FrameworkUtil.getBundle(ContentPackTest.class).getBundleContext();
        int before = sets.providers().size();
        Bundle pack = context.installBundle("test:broken-pack", new ByteArrayInputStream(bundle("test.broken.pack",
                "sets/broken.json, sets/missing.json", "sets/broken.json", "{\"format\":\"something else\"}")));
        try {
            pack.start();
            assertEquals(Bundle.ACTIVE, pack.getState());
            Thread.sleep(200);
            assertEquals(before, sets.providers().size());
        } finally {
            pack.uninstall();
        }
    }
}
