package no.redthread.workbench.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Tracks the services of one contribution type and keeps those whose component failed to
 * activate, with SCR's reason, so the workbench can show the failure where the part would be.
 */
final class ContributionTracker<S> extends ServiceTracker<S, Contribution<S>> {

    private final ServiceComponentRuntime scr;
    private final Runnable onChange;

    ContributionTracker(BundleContext context, Class<S> type, ServiceComponentRuntime scr, Runnable onChange) {
        super(context, type, null);
        this.scr = scr;
        this.onChange = onChange;
    }

    @Override
    public Contribution<S> addingService(ServiceReference<S> reference) {
        S service;
        String failure = null;
        try {
            service = context.getService(reference);
        } catch (RuntimeException e) {
            service = null;
            failure = e.toString();
        }
        if (service == null && failure == null) {
            failure = activationFailure(reference);
        }
        onChange.run();
        return new Contribution<>(reference, service, failure);
    }

    @Override
    public void modifiedService(ServiceReference<S> reference, Contribution<S> contribution) {
        onChange.run();
    }

    @Override
    public void removedService(ServiceReference<S> reference, Contribution<S> contribution) {
        if (!contribution.failed()) {
            context.ungetService(reference);
        }
        onChange.run();
    }

    /** All contributions, highest service ranking first, then in registration order. */
    List<Contribution<S>> contributions() {
        Map<ServiceReference<S>, Contribution<S>> tracked = getTracked();
        return tracked.entrySet().stream()
                .sorted(Map.Entry.<ServiceReference<S>, Contribution<S>>comparingByKey(Comparator.reverseOrder()))
                .map(Map.Entry::getValue).toList();
    }

    /** The live services only. */
    List<S> services() {
        return contributions().stream().filter(c -> !c.failed()).map(Contribution::service).toList();
    }

    private String activationFailure(ServiceReference<S> reference) {
        Object name = reference.getProperty("component.name");
        if (scr == null || name == null) {
            return "the service could not be obtained";
        }
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(reference.getBundle(), name.toString());
        if (description != null) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.failure != null) {
                    return configuration.failure;
                }
            }
        }
        return "the component " + name + " failed to activate";
    }
}
