package no.redthread.dilemma.report.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The real OSGi services of the test framework, waited for as the product's components start. */
final class Services {

    private Services() {
    }

    static <S> S get(Class<S> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(10_000);
            if (service == null) {
                throw new AssertionError("no " + type.getName() + " within 10 s");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }
}
