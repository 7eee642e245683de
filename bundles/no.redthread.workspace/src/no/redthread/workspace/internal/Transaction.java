package no.redthread.workspace.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Replaces several files of a workspace so that after a crash at any moment the folder holds all
 * old or all new files (roll-forward protocol, FORMAT.md):
 * <ol>
 * <li>stage: each new file is written and forced under {@code .redthread/txn/files/<path>};</li>
 * <li>commit: {@code .redthread/txn/commit.json} (paths and SHA-256) is written to a temporary
 * file, forced and renamed: from this rename on, the new state is the saved one;</li>
 * <li>roll forward: each staged file is renamed over its target, then the journal is deleted.</li>
 * </ol>
 * {@link #recover} runs before every open and save: with a commit it finishes step 3, without one
 * it deletes the staged files, so the old files stand.
 */
final class Transaction {

    static final String HIDDEN = ".redthread";
    private static final String DIR = HIDDEN + "/txn";
    private static final String COMMIT = "commit.json";

    private Transaction() {
    }

    static void commit(Path folder, Map<String, byte[]> files) throws IOException {
        recover(folder);
        if (files.isEmpty()) {
            return;
        }
        ensureHiddenFolder(folder);
        Path staging = folder.resolve(DIR).resolve("files");
        ObjectNode commit = Json.MAPPER.createObjectNode();
        ObjectNode entries = commit.putObject("files");
        Set<Path> directories = new LinkedHashSet<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path staged = staging.resolve(file.getKey());
            FileSync.write(staged, file.getValue());
            directories.add(staged.getParent());
            entries.put(file.getKey(), FileSync.sha256(file.getValue()));
        }
        directories.forEach(FileSync::forceDirectory);
        FileSync.writeAtomically(folder.resolve(DIR).resolve(COMMIT), Json.bytes(commit));
        rollForward(folder);
    }

    /** True when a save of the folder was interrupted (its journal is still there). */
    static boolean pending(Path folder) {
        return Files.exists(folder.resolve(DIR));
    }

    /** Completes a committed save or throws away an uncommitted one. */
    static void recover(Path folder) throws IOException {
        Path dir = folder.resolve(DIR);
        if (!Files.exists(dir)) {
            return;
        }
        if (Files.exists(dir.resolve(COMMIT))) {
            rollForward(folder);
        } else {
            FileSync.deleteTree(dir);
        }
    }

    private static void rollForward(Path folder) throws IOException {
        Path dir = folder.resolve(DIR);
        JsonNode commit = Json.MAPPER.readTree(dir.resolve(COMMIT).toFile());
        List<String> staged = new ArrayList<>();
        // check every staged file before moving any, so a damaged journal changes nothing
        for (Map.Entry<String, JsonNode> entry : commit.path("files").properties()) {
            String path = entry.getKey();
            if (!Manifest.validPath(path) && !Manifest.FILE.equals(path)) {
                throw new IOException("the save journal of " + folder + " names a bad path " + path);
            }
            byte[] content = FileSync.readIfExists(dir.resolve("files").resolve(path));
            if (content == null) {
                continue; // moved into place before the interruption
            }
            if (!FileSync.sha256(content).equals(entry.getValue().asText())) {
                throw new IOException("the interrupted save of " + folder + " cannot be completed: the staged "
                        + path + " is damaged; the folder is left as it is");
            }
            staged.add(path);
        }
        for (String path : staged) {
            FileSync.move(dir.resolve("files").resolve(path), folder.resolve(path));
        }
        Files.delete(dir.resolve(COMMIT));
        FileSync.forceDirectory(dir);
        FileSync.deleteTree(dir);
    }

    /** The hidden folder holds journals only; its .gitignore keeps it out of version control. */
    static void ensureHiddenFolder(Path folder) throws IOException {
        Path gitignore = folder.resolve(HIDDEN).resolve(".gitignore");
        if (!Files.exists(gitignore)) {
            FileSync.writeAtomically(gitignore, "# Redthread's save and autosave journals\n*\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
