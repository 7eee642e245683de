package no.redthread.funding.ui.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.PerspectiveLayout;

/**
 * <i>Virkemidler</i>: the Explorer on the left (to find tilskudd for a measure), the search in the centre, the
 * deadline timeline below it and the selected scheme on the right.
 */
@Component(service = PerspectiveDescriptor.class, property = "service.ranking:Integer=35")
public final class FundingPerspective implements PerspectiveDescriptor {

    public static final String ID = "no.redthread.perspective.funding";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("perspective.funding");
    }

    @Override
    public PerspectiveLayout defaultLayout() {
        return PerspectiveLayout.empty().with(Area.LEFT, "no.redthread.explorer").with(Area.CENTER, SearchDescriptor.ID)
                .with(Area.BOTTOM, TimelineDescriptor.ID).with(Area.RIGHT, DetailDescriptor.ID)
                .withWeights(List.of(12, 64, 24, 62, 38));
    }
}
