package no.redthread.planning.ui.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.demo.DemoPlanSystem;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The save question names the workspace as the window title does, not by its folder. */
class UnsavedChangesTest {

    @TempDir
    Path folder;

    private final Locale original = Locale.getDefault();
    private WorkspaceService workspaces;

    @AfterEach
    void close() {
        if (workspaces != null) {
            workspaces.close();
        }
        Locale.setDefault(original);
    }

    @Test
    void theQuestionNamesTheMunicipalityNotTheFolder() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        workspaces = service(WorkspaceService.class);
        Workspace workspace = workspaces.create(folder.resolve("demo"), service(DemoPlanSystem.class).create());

        assertEquals("Arbeidsområdet Rosse - Røros har endringer som ikke er lagret.", UnsavedChanges.question(workspace));
    }

    private static <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(UnsavedChangesTest.class).getBundleContext(), type, null);
        tracker.open();
        try {
            S found = tracker.waitForService(10_000);
            if (found == null) {
                throw new AssertionError("no " + type.getName());
            }
            return found;
        } finally {
            tracker.close();
        }
    }
}
