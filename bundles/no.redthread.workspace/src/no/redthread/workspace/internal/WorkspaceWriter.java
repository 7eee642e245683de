package no.redthread.workspace.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.redthread.workspace.WorkspaceProblem;

/**
 * Saves a workspace: serialises every readable file between two commands, writes those whose bytes
 * differ from the disk in one {@link Transaction}, and leaves unreadable files untouched.
 */
final class WorkspaceWriter {

    private WorkspaceWriter() {
    }

    static void save(WorkspaceImpl workspace, Path target) throws IOException {
        synchronized (workspace.io) {
            Path folder = workspace.folder();
            Path destination = target.toAbsolutePath().normalize();
            boolean saveAs = !destination.equals(folder);
            WorkspaceImpl.Snapshot snapshot = workspace.snapshot();
            Map<String, byte[]> changed = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> file : snapshot.files().entrySet()) {
                // comparing with the disk, not with a remembered digest, also repairs files changed behind our back
                if (saveAs || !Arrays.equals(file.getValue(), FileSync.readIfExists(folder.resolve(file.getKey())))) {
                    changed.put(file.getKey(), file.getValue());
                }
            }
            List<WorkspaceProblem> problems = new ArrayList<>();
            for (WorkspaceFile file : workspace.files()) {
                if (file.readOnly()) {
                    skipped(folder, destination, file.path(), file.fault(), changed, problems);
                }
            }
            if (workspace.manifestFault != null) {
                skipped(folder, destination, Manifest.FILE, workspace.manifestFault, changed, problems);
            }
            for (ResourceJsonWriter.Dropped dropped : snapshot.dropped()) {
                problems.add(new WorkspaceProblem(destination.resolve(dropped.path()), Reasons.get("writer.dropped", dropped.reason())));
            }
            Transaction.commit(destination, changed);
            // the saved state supersedes every journal of unsaved work
            FileSync.deleteTree(folder.resolve(Autosave.AUTOSAVE));
            FileSync.deleteTree(destination.resolve(Autosave.AUTOSAVE));
            FileSync.deleteTree(destination.resolve(Autosave.RECOVERY));
            workspace.saved(destination, snapshot);
            workspace.addProblems(problems);
        }
    }

    /** An unreadable file is never rewritten; save-as copies it byte for byte so that nothing is lost. */
    private static void skipped(Path folder, Path destination, String path, String fault, Map<String, byte[]> changed,
            List<WorkspaceProblem> problems) throws IOException {
        if (!destination.equals(folder)) {
            byte[] original = FileSync.readIfExists(folder.resolve(path));
            if (original != null) {
                changed.put(path, original);
            }
        }
        problems.add(new WorkspaceProblem(destination.resolve(path),
                Reasons.get("writer.unreadable", fault)));
    }
}
