package no.redthread.launcher;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import org.apache.felix.main.Main;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts the product on Felix as Felix's own {@link Main} does (configuration, the bundle folder, shutdown hook), with one
 * difference: unless headless, the window opens first, on its own thread, while the framework starts beside it. The
 * workbench takes that window over through a service ({@code redthread.window=early}) instead of opening its own, so
 * the user sees the window at about the time a bare SWT program shows one, whatever the number of modules.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        EarlyWindow window = Boolean.getBoolean("redthread.headless") ? null : EarlyWindow.open();
        Main.loadSystemProperties();
        Map<String, String> config = Main.loadConfigProperties();
        if (config == null) {
            config = new HashMap<>();
        }
        Main.copySystemProperties(config);
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(config);
        if (!"false".equalsIgnoreCase(config.get(Main.SHUTDOWN_HOOK_PROP))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "Felix shutdown hook"));
        }
        framework.init();
        if (window != null) {
            window.whenClosedEarly(() -> new Thread(() -> stop(framework), "Redthread shutdown").start());
            Hashtable<String, Object> properties = new Hashtable<>(Map.of("redthread.window", "early"));
            framework.getBundleContext().registerService(Supplier.class, (Supplier<Object>) window::shell, properties);
        }
        BundleFolder.installAndStart(framework.getBundleContext(), config);
        FrameworkEvent event;
        do {
            framework.start();
            event = framework.waitForStop(0);
        } while (event.getType() == FrameworkEvent.STOPPED_UPDATE);
        if (window != null) {
            window.dispose();
        }
        System.exit(0);
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(0);
        } catch (Exception e) {
            System.err.println("Redthread: could not stop the framework: " + e);
        }
    }
}
