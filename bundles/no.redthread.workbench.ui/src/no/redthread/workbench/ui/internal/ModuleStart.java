package no.redthread.workbench.ui.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Raises the framework to the modules' start level ({@value #PROPERTY}, set by the product's configuration), once:
 * after the window's first frame, or at once without a window. The window then never waits for modules, however
 * many a consultant installs. Without the property (tests, other launchers) it does nothing.
 */
final class ModuleStart implements FrameworkListener {

    static final String PROPERTY = "redthread.modules.startlevel";

    private final BundleContext context;
    private final AtomicBoolean entered = new AtomicBoolean();

    ModuleStart(BundleContext context) {
        this.context = context;
    }

    /**
     * Enters the modules' level; the framework starts them on its own thread. A framework still starting to its
     * beginning level would not take a new level, so the request then waits for it to have started.
     */
    void enter() {
        String level = context.getProperty(PROPERTY);
        if (level == null || !entered.compareAndSet(false, true)) {
            return;
        }
        context.addFrameworkListener(this);
        if (context.getBundle(0).getState() == Bundle.ACTIVE) {
            raise();
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED) {
            raise();
        }
    }

    private synchronized void raise() {
        context.removeFrameworkListener(this);
        FrameworkStartLevel framework = context.getBundle(0).adapt(FrameworkStartLevel.class);
        int modules = Integer.parseInt(context.getProperty(PROPERTY).trim());
        if (framework.getStartLevel() < modules) {
            framework.setStartLevel(modules);
        }
    }
}
