package no.redthread.indicators.ui.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.PerspectiveLayout;

/**
 * Following the indicators: the dashboard in the centre, the selected indicator below it, and the comparison of
 * municipalities on the right (wider than the workbench's default right column, as it holds a chart and a table).
 */
@Component(service = PerspectiveDescriptor.class, property = "service.ranking:Integer=40")
public final class IndicatorsPerspective implements PerspectiveDescriptor {

    @Override
    public String id() {
        return "no.redthread.perspective.indicators";
    }

    @Override
    public String label() {
        return Messages.get("perspective.indicators");
    }

    @Override
    public PerspectiveLayout defaultLayout() {
        return PerspectiveLayout.empty().with(Area.LEFT, "no.redthread.explorer").with(Area.CENTER, DashboardDescriptor.ID)
                .with(Area.BOTTOM, IndicatorDescriptor.ID).with(Area.RIGHT, CompareDescriptor.ID)
                .withWeights(List.of(16, 52, 32, 60, 40));
    }
}
