package no.example.redthread.hello;

import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.PerspectiveLayout;

/** A perspective (Window → Perspective, Ctrl+3): the Explorer on the left, the counts in the centre. */
@Component(service = PerspectiveDescriptor.class)
public final class HelloPerspective implements PerspectiveDescriptor {

    public static final String ID = "no.example.redthread.hello.perspective";

    private final Texts texts = new Texts();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return texts.get("perspective.label");
    }

    @Override
    public PerspectiveLayout defaultLayout() {
        return PerspectiveLayout.empty().with(Area.LEFT, "no.redthread.explorer").with(Area.CENTER, PlanCountView.ID);
    }
}
