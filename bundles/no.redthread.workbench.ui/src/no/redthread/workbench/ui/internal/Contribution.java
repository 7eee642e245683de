package no.redthread.workbench.ui.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A whiteboard service as the workbench sees it: the service, or the reason it could not be had.
 *
 * @param service null when the contributing component failed to activate
 * @param failure why activation failed, or null
 */
public record Contribution<S>(ServiceReference<S> reference, S service, String failure) {

    public Bundle bundle() {
        return reference.getBundle();
    }

    public boolean failed() {
        return service == null;
    }

    /** The component name, or the service id when the service was not registered through DS. */
    public String componentName() {
        Object name = reference.getProperty("component.name");
        return name != null ? name.toString() : "service " + reference.getProperty("service.id");
    }

    public String property(String key, String fallback) {
        Object value = reference.getProperty(key);
        return value != null ? value.toString() : fallback;
    }
}
