package no.redthread.dilemma.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.BundleTracker;

import no.redthread.core.packs.ContentPacks;
import no.redthread.core.packs.PackFile;
import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.dilemma.ScenarioProblem;

/**
 * The library and the extender for its content packs: every started bundle with a
 * {@value ScenarioLibrary#MANIFEST_HEADER} header (this bundle too, for the shipped scenarios) adds its scenarios,
 * which go when the bundle stops. Refused files are logged as warnings with bundle, file, position and field.
 */
@Component(service = ScenarioLibrary.class, immediate = true)
public final class PackLibrary implements ScenarioLibrary {

    private record Snapshot(List<Scenario> scenarios, List<ScenarioProblem> problems) {
    }

    private record Pack(Bundle bundle, ScenarioFiles files) {
    }

    /** The shipped scenarios first, then the packs in the order they were installed. */
    private static final Comparator<Pack> SHIPPED_FIRST = Comparator
            .comparing((Pack pack) -> !pack.bundle().getSymbolicName().equals(Scenario.SHIPPED))
            .thenComparingLong(pack -> pack.bundle().getBundleId());

    private final Logger logger;
    private final Map<Long, Pack> packs = new ConcurrentHashMap<>();
    private final AtomicLong revision = new AtomicLong();
    private final BundleTracker<Pack> tracker;
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of());

    @Activate
    public PackLibrary(BundleContext context, @Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Pack addingBundle(Bundle bundle, BundleEvent event) {
                return ContentPacks.header(bundle, MANIFEST_HEADER) == null ? null : add(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Pack pack) {
                packs.remove(bundle.getBundleId());
                rebuild();
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    private Pack add(Bundle bundle) {
        Pack pack = new Pack(bundle, read(bundle));
        pack.files().problems().forEach(problem -> logger.warn("Scenario file refused: {}", problem));
        packs.put(bundle.getBundleId(), pack);
        rebuild();
        return pack;
    }

    /** Reads the pack's scenarios; a header that names no JSON files is reported as a problem. */
    static ScenarioFiles read(Bundle bundle) {
        List<PackFile> files = ContentPacks.jsonFiles(bundle, MANIFEST_HEADER);
        if (files.isEmpty()) {
            return new ScenarioFiles(List.of(), List.of(new ScenarioProblem(bundle.getSymbolicName(), "META-INF/MANIFEST.MF",
                    0, 0, MANIFEST_HEADER, "names no folder or file with scenario files (*.json): \""
                            + ContentPacks.header(bundle, MANIFEST_HEADER) + "\"")));
        }
        return ScenarioFiles.read(bundle.getSymbolicName(), files);
    }

    private synchronized void rebuild() {
        List<List<Scenario>> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Pack pack : packs.values().stream().sorted(SHIPPED_FIRST).toList()) {
            scenarios.add(pack.files().scenarios());
            problems.addAll(pack.files().problems());
        }
        snapshot = new Snapshot(Versions.merge(scenarios), List.copyOf(problems));
        revision.incrementAndGet();
    }

    @Override
    public List<Scenario> scenarios() {
        return snapshot.scenarios();
    }

    @Override
    public Optional<Scenario> scenario(String id) {
        return snapshot.scenarios().stream().filter(scenario -> scenario.id().equals(id)).findFirst();
    }

    @Override
    public List<ScenarioProblem> problems() {
        return snapshot.problems();
    }

    @Override
    public long revision() {
        return revision.get();
    }
}
