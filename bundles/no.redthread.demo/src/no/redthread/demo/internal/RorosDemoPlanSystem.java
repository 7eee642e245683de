package no.redthread.demo.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.demo.DemoPlanSystem;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.PlanSystem;

/** The demo service; the catalogue supplies a complete frame when the caller has none. */
@Component(service = DemoPlanSystem.class)
public final class RorosDemoPlanSystem implements DemoPlanSystem {

    private final CatalogueService catalogue;

    @Activate
    public RorosDemoPlanSystem(@Reference CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public PlanSystem create(Frame frame) {
        return RorosDemo.build(frame);
    }

    @Override
    public PlanSystem create() {
        return create(catalogue.createFrame());
    }
}
