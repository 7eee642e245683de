package no.redthread.workspace.internal;

import java.nio.file.Path;
import java.util.Map;

import no.redthread.workspace.Workspace;

/**
 * The child JVM of {@link CrashTest}: opens the workspace and saves generation after generation
 * until it is killed. Prints {@code ready <n>} once open and {@code saved <n>} after each save.
 * Runs on a plain class path, outside OSGi.
 */
public final class CrashSaver {

    private CrashSaver() {
    }

    public static void main(String[] args) throws Exception {
        // not Fixtures.service(): that class needs OSGi and JUnit, which the child has not
        WorkspaceServiceImpl service = new WorkspaceServiceImpl(new MemorySettings(), Map.of(WorkspaceServiceImpl.AUTOSAVE_SECONDS, "0"));
        service.addModelContribution(new NotesModule());
        Workspace workspace = service.open(Path.of(args[0]));
        if (!workspace.problems().isEmpty()) {
            throw new IllegalStateException("the workspace has problems: " + workspace.problems());
        }
        int generation = CrashStates.generation(workspace);
        System.out.println("ready " + generation);
        while (true) {
            generation++;
            CrashStates.apply(workspace, generation);
            service.save();
            System.out.println("saved " + generation);
        }
    }
}
