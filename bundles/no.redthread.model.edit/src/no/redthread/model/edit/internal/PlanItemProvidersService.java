package no.redthread.model.edit.internal;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.ServiceScope;

import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.provider.PlanItemProviderAdapterFactory;

/**
 * Publishes the plan item providers as an OSGi service of type {@link ComposeableAdapterFactory}, so the
 * workspace's editing domain can compose every module's factory (a {@code ComposedAdapterFactory} over all such
 * services, plus the resource and reflective factories).
 *
 * <p>Bundle scope: each consuming bundle gets its own instance, because a composeable factory remembers the one
 * composed factory it was added to (its parent). The service properties name the EPackage it serves.
 */
@Component(service = ComposeableAdapterFactory.class, scope = ServiceScope.BUNDLE, property = {
    "redthread.model.id=plan", "redthread.model.nsURI=" + PlanPackage.eNS_URI})
public final class PlanItemProvidersService extends PlanItemProviderAdapterFactory {

    @Deactivate
    void deactivate() {
        dispose();
    }
}
