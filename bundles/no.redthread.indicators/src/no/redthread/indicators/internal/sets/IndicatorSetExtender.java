package no.redthread.indicators.internal.sets;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;

import no.redthread.indicators.IndicatorSetProvider;
import no.redthread.indicators.IndicatorSets;

/**
 * Content packs without Java: registers an {@link IndicatorSetProvider} for every set file that an active bundle
 * lists in its {@value IndicatorSets#MANIFEST_HEADER} header (this bundle's built-in sets included), and removes
 * them when the bundle stops. A file that cannot be read is reported on stderr and skipped.
 */
@Component(immediate = true)
public final class IndicatorSetExtender {

    private final BundleContext context;
    private final BundleTracker<List<ServiceRegistration<IndicatorSetProvider>>> tracker;

    @Activate
    public IndicatorSetExtender(BundleContext context) {
        this.context = context;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public List<ServiceRegistration<IndicatorSetProvider>> addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(IndicatorSets.MANIFEST_HEADER);
                return header == null ? null : register(bundle, header);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event,
                    List<ServiceRegistration<IndicatorSetProvider>> registrations) {
                registrations.forEach(IndicatorSetExtender::unregister);
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    private List<ServiceRegistration<IndicatorSetProvider>> register(Bundle bundle, String header) {
        List<ServiceRegistration<IndicatorSetProvider>> registrations = new ArrayList<>();
        for (String path : header.split(",")) {
            String file = path.strip();
            URL entry = bundle.getEntry(file);
            String origin = bundle.getSymbolicName() + "/" + file;
            try {
                if (entry == null) {
                    throw new IOException("no such file in the bundle");
                }
                FileSetProvider provider = FileSetProvider.read(entry, origin);
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put("redthread.indicatorset.id", provider.id());
                properties.put("redthread.indicatorset.bundle", bundle.getSymbolicName());
                registrations.add(context.registerService(IndicatorSetProvider.class, provider, properties));
            } catch (IOException | RuntimeException e) {
                System.err.println("Redthread: the indicator set " + origin + " cannot be read: " + e.getMessage());
            }
        }
        return registrations;
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework removed it when this bundle stopped
        }
    }
}
