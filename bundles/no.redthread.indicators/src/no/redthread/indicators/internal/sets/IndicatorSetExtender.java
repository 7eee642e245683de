package no.redthread.indicators.internal.sets;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.BundleTracker;

import no.redthread.core.packs.ContentPacks;
import no.redthread.indicators.IndicatorSetProvider;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackContribution;
import no.redthread.workbench.packs.PackProblem;

/**
 * Content packs without Java: registers an {@link IndicatorSetProvider} for every set file of the folders (or the
 * files, the older form) that an active bundle names in its {@value IndicatorSets#MANIFEST_HEADER} header, this
 * bundle's built-in sets included, and removes them when the bundle stops. A refused file is logged as a warning
 * with bundle, file, position and field, and reported as this module's {@link ContentPackReport}.
 */
@Component(service = ContentPackReport.class, immediate = true)
public final class IndicatorSetExtender implements ContentPackReport {

    private record Pack(SetFiles files, List<ServiceRegistration<IndicatorSetProvider>> registrations) {
    }

    private final BundleContext context;
    private final Logger logger;
    private final Map<Long, Pack> packs = new ConcurrentSkipListMap<>();
    private final BundleTracker<Pack> tracker;

    @Activate
    public IndicatorSetExtender(BundleContext context, @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.logger = logger;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Pack addingBundle(Bundle bundle, BundleEvent event) {
                return ContentPacks.header(bundle, IndicatorSets.MANIFEST_HEADER) == null ? null : register(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Pack pack) {
                packs.remove(bundle.getBundleId());
                pack.registrations().forEach(IndicatorSetExtender::unregister);
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    private Pack register(Bundle bundle) {
        SetFiles files = SetFiles.read(bundle.getSymbolicName(), ContentPacks.header(bundle, IndicatorSets.MANIFEST_HEADER),
                ContentPacks.jsonFiles(bundle, IndicatorSets.MANIFEST_HEADER));
        files.problems().forEach(problem -> logger.warn("Indicator set file refused: {}", problem));
        List<ServiceRegistration<IndicatorSetProvider>> registrations = new ArrayList<>();
        for (IndicatorSet set : files.sets()) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("redthread.indicatorset.id", set.getId());
            properties.put("redthread.indicatorset.bundle", bundle.getSymbolicName());
            registrations.add(context.registerService(IndicatorSetProvider.class, new FileSetProvider(set), properties));
        }
        Pack pack = new Pack(files, registrations);
        packs.put(bundle.getBundleId(), pack);
        return pack;
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework removed it when this bundle stopped
        }
    }

    @Override
    public String kind() {
        return INDICATOR_SETS;
    }

    @Override
    public String header() {
        return IndicatorSets.MANIFEST_HEADER;
    }

    @Override
    public List<PackContribution> contributions() {
        List<PackContribution> contributions = new ArrayList<>();
        for (Map.Entry<Long, Pack> entry : packs.entrySet()) {
            List<String> names = entry.getValue().files().sets().stream()
                    .map(set -> set.getNameNb() != null ? set.getNameNb() : set.getNameEn()).toList();
            Bundle bundle = context.getBundle(entry.getKey());
            if (!names.isEmpty() && bundle != null) {
                contributions.add(new PackContribution(bundle.getSymbolicName(), INDICATOR_SETS, names));
            }
        }
        return contributions;
    }

    @Override
    public List<PackProblem> problems() {
        return packs.values().stream().flatMap(pack -> pack.files().problems().stream()).toList();
    }
}
