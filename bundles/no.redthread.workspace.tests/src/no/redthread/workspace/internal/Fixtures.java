package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.workspace.Workspace;

/** Shared set-up of the workspace tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A service outside DS: settings in memory, the notes module, autosave only on demand. */
    static WorkspaceServiceImpl service() {
        return service(new MemorySettings());
    }

    static WorkspaceServiceImpl service(MemorySettings settings) {
        WorkspaceServiceImpl service = new WorkspaceServiceImpl(settings, Map.of(WorkspaceServiceImpl.AUTOSAVE_SECONDS, "0"));
        service.addModelContribution(new NotesModule());
        return service;
    }

    /** Every root of the workspace in file order, for EcoreUtil.equals. */
    static List<EObject> roots(Workspace workspace) {
        return ((WorkspaceImpl) workspace).files().stream().flatMap(f -> f.resource().getContents().stream()).toList();
    }

    /** Every file under a folder (relative path to bytes), the hidden folder excluded. */
    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(Transaction.HIDDEN + "/")) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** An OSGi service of the test framework, waiting up to ten seconds for DS to publish it. */
    static <T> T osgiService(Class<T> type, String filter) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(WorkspaceServiceImpl.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        BundleContext context = bundle.getBundleContext();
        ServiceTracker<T, T> tracker = filter == null ? new ServiceTracker<>(context, type, null)
                : new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, "no " + type.getSimpleName() + " service within 10 s");
        return service;
    }
}
