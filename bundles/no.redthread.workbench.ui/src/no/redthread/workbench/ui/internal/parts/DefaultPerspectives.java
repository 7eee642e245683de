package no.redthread.workbench.ui.internal.parts;

import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.PerspectiveLayout;
import no.redthread.workbench.ui.internal.Messages;

/** The workbench's two perspectives: plan work, and administration of the plugins. */
public final class DefaultPerspectives {

    /** Part ids of modules that the plan perspective places when they are installed. */
    static final String EXPLORER = "no.redthread.explorer";
    static final String PROPERTIES = "no.redthread.properties";
    static final String PROBLEMS = "no.redthread.problems";
    static final String RED_THREAD = "no.redthread.redThread";
    static final String PLAN_EDITOR = "no.redthread.planEditor";

    private DefaultPerspectives() {
    }

    @Component(service = PerspectiveDescriptor.class, property = "service.ranking:Integer=100")
    public static final class Plan implements PerspectiveDescriptor {
        @Override
        public String id() {
            return "no.redthread.perspective.plan";
        }

        @Override
        public String label() {
            return Messages.get("perspective.plan");
        }

        @Override
        public PerspectiveLayout defaultLayout() {
            return PerspectiveLayout.empty().with(Area.LEFT, EXPLORER).with(Area.CENTER, PLAN_EDITOR, WelcomePart.ID)
                    .with(Area.RIGHT, PROPERTIES).with(Area.BOTTOM, PROBLEMS, RED_THREAD);
        }
    }

    @Component(service = PerspectiveDescriptor.class, property = "service.ranking:Integer=10")
    public static final class Administration implements PerspectiveDescriptor {
        @Override
        public String id() {
            return "no.redthread.perspective.admin";
        }

        @Override
        public String label() {
            return Messages.get("perspective.admin");
        }

        @Override
        public PerspectiveLayout defaultLayout() {
            // the repositories part (no.redthread.plugins.ui) beside Tillegg, named by id as other modules' parts are
            return PerspectiveLayout.empty().with(Area.CENTER, PluginsPartDescriptor.ID,
                    "no.redthread.plugins.repositories", WelcomePart.ID);
        }
    }
}
