package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.imports.JsonStatReader;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;

/** Test data of the fragment's testdata/ folder, small model objects, and services of the running framework. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The bytes of a file in testdata/. */
    public static byte[] bytes(String name) {
        try (InputStream in = url(name).openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonStatDataset jsonStat(String name) throws ImportException {
        try (InputStream in = url(name).openStream()) {
            return JsonStatReader.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of this fragment's testdata/ folder (the host's getEntry does not see fragments; findEntries does). */
    private static URL url(String name) {
        Enumeration<URL> urls = FrameworkUtil.getBundle(Fixtures.class).findEntries("testdata", name, false);
        assertNotNull(urls, "no testdata/" + name);
        return urls.nextElement();
    }

    /** A new indicator in a new set inside a new workspace (so commands have a containment tree to work on). */
    public static Indicator indicator(String id, DesiredDirection direction) {
        Indicator indicator = IndicatorsFactory.eINSTANCE.createIndicator();
        indicator.setId(id);
        indicator.setNameEn(id);
        indicator.setDirection(direction);
        IndicatorSet set = IndicatorsFactory.eINSTANCE.createIndicatorSet();
        set.setId("set-" + id);
        set.getIndicators().add(indicator);
        IndicatorWorkspace workspace = IndicatorsFactory.eINSTANCE.createIndicatorWorkspace();
        workspace.setId("workspace-" + id);
        workspace.getSets().add(set);
        return indicator;
    }

    /** A few real region codes (2024) without the catalogue: Halden, Moss, Bærum, Asker, Oslo and their counties. */
    public static RegionCodes regions() {
        return RegionCodes.of(List.of("3101", "3103", "3201", "3203", "0301"), List.of("31", "32", "03"),
                RegionCodes.kostraGroups());
    }

    /** A service of the running framework, waiting up to 10 s. */
    public static <T> T service(Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
        try {
            if (bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
            ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
            tracker.open();
            T service = tracker.waitForService(10_000);
            assertNotNull(service, "no " + type.getSimpleName() + " within 10 s");
            return service;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
