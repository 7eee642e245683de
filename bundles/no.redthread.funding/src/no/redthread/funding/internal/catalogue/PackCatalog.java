package no.redthread.funding.internal.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
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

import no.redthread.funding.CatalogueProblem;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;

/**
 * The catalogue and the extender for its content packs: every started bundle with a
 * {@value FundingCatalog#MANIFEST_HEADER} header (this bundle too, for the shipped schemes) adds its schemes, which
 * go when the bundle stops. Refused files are logged as warnings with bundle, file, position and field.
 */
@Component(service = FundingCatalog.class, immediate = true)
public final class PackCatalog implements FundingCatalog {

    private record Snapshot(List<FundingScheme> schemes, List<CatalogueProblem> problems) {
    }

    private final Logger logger;
    private final Map<Long, SchemeFiles> packs = new ConcurrentSkipListMap<>();
    private final AtomicLong revision = new AtomicLong();
    private final BundleTracker<SchemeFiles> tracker;
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of());

    @Activate
    public PackCatalog(BundleContext context, @Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public SchemeFiles addingBundle(Bundle bundle, BundleEvent event) {
                return PackFiles.header(bundle) == null ? null : add(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, SchemeFiles files) {
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

    private SchemeFiles add(Bundle bundle) {
        SchemeFiles files = PackFiles.read(bundle);
        files.problems().forEach(problem -> logger.warn("Funding scheme file refused: {}", problem));
        packs.put(bundle.getBundleId(), files);
        rebuild();
        return files;
    }

    private synchronized void rebuild() {
        List<List<FundingScheme>> schemes = new ArrayList<>();
        List<CatalogueProblem> problems = new ArrayList<>();
        for (SchemeFiles files : packs.values()) {
            schemes.add(files.schemes());
            problems.addAll(files.problems());
        }
        snapshot = new Snapshot(Corrections.merge(schemes), List.copyOf(problems));
        revision.incrementAndGet();
    }

    @Override
    public List<FundingScheme> schemes() {
        return snapshot.schemes();
    }

    @Override
    public Optional<FundingScheme> scheme(String id) {
        return snapshot.schemes().stream().filter(scheme -> scheme.id().equals(id)).findFirst();
    }

    @Override
    public List<CatalogueProblem> problems() {
        return snapshot.problems();
    }

    @Override
    public long revision() {
        return revision.get();
    }
}
