package no.redthread.dilemma.sessions.internal;

import java.util.Collection;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The real OSGi services of the test framework, waited for as the product's components start. */
final class Services {

    private Services() {
    }

    static <S> S get(Class<S> type) {
        return get(type, null);
    }

    static <S> S get(Class<S> type, String filter) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            if (tracker.waitForService(10_000) == null) {
                throw new AssertionError("no " + type.getName());
            }
            if (filter == null) {
                return tracker.getService();
            }
            Collection<ServiceReference<S>> found = context.getServiceReferences(type, filter);
            if (found.size() != 1) {
                throw new AssertionError(found.size() + " services " + type.getName() + " " + filter);
            }
            return context.getService(found.iterator().next());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }
}
