package no.redthread.workspace.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The autosave journal: complete snapshots of the unsaved model in {@code .redthread/autosave/g<n>/},
 * and {@code current.json} naming the last complete one (replaced atomically, so a crash while
 * autosaving leaves the previous snapshot valid). A clean save or close deletes the journal; one
 * found when a workspace is opened is moved to {@code .redthread/recovery/}, where it waits for
 * the user to recover or discard it while the new session autosaves on its own.
 */
final class Autosave {

    static final String AUTOSAVE = Transaction.HIDDEN + "/autosave";
    static final String RECOVERY = Transaction.HIDDEN + "/recovery";
    private static final String POINTER = "current.json";

    /** A complete snapshot: when it was taken, and the folder with its files (workspace.json and resources). */
    record Snapshot(Instant time, Path files) {
    }

    private Autosave() {
    }

    static void write(Path folder, Instant time, Map<String, byte[]> files) throws IOException {
        Transaction.ensureHiddenFolder(folder);
        Path journal = folder.resolve(AUTOSAVE);
        int generation = nextGeneration(journal);
        Path snapshot = journal.resolve("g" + generation);
        ObjectNode pointer = Json.MAPPER.createObjectNode();
        pointer.put("generation", generation);
        pointer.put("time", time.toString());
        ObjectNode checksums = pointer.putObject("files");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = snapshot.resolve(file.getKey());
            FileSync.write(target, file.getValue());
            FileSync.forceDirectory(target.getParent());
            checksums.put(file.getKey(), FileSync.sha256(file.getValue()));
        }
        FileSync.writeAtomically(journal.resolve(POINTER), Json.bytes(pointer));
        deleteGenerationsBut(journal, snapshot);
    }

    /** The valid snapshot of a journal ({@link #AUTOSAVE} or {@link #RECOVERY} in a folder), if any. */
    static Optional<Snapshot> find(Path journal) {
        try {
            byte[] content = FileSync.readIfExists(journal.resolve(POINTER));
            if (content == null) {
                return Optional.empty();
            }
            JsonNode pointer = Json.MAPPER.readTree(content);
            Path files = journal.resolve("g" + pointer.path("generation").asInt());
            for (Map.Entry<String, JsonNode> file : pointer.path("files").properties()) {
                byte[] saved = FileSync.readIfExists(files.resolve(file.getKey()));
                if (saved == null || !FileSync.sha256(saved).equals(file.getValue().asText())) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Snapshot(Instant.parse(pointer.path("time").asText()), files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged journal offers nothing to recover
        }
    }

    /** At open: a journal left by a session that did not end cleanly becomes the recoverable one. */
    static void adoptCrashed(Path folder) throws IOException {
        Path journal = folder.resolve(AUTOSAVE);
        if (!Files.exists(journal)) {
            return;
        }
        if (find(journal).isPresent()) {
            FileSync.deleteTree(folder.resolve(RECOVERY));
            FileSync.move(journal, folder.resolve(RECOVERY));
        } else {
            FileSync.deleteTree(journal);
        }
    }

    private static int nextGeneration(Path journal) throws IOException {
        int highest = 0;
        if (Files.isDirectory(journal)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(journal, "g*")) {
                for (Path entry : entries) {
                    String digits = entry.getFileName().toString().substring(1);
                    if (digits.matches("\\d{1,9}")) {
                        highest = Math.max(highest, Integer.parseInt(digits));
                    }
                }
            }
        }
        return highest + 1;
    }

    private static void deleteGenerationsBut(Path journal, Path keep) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(journal, "g*")) {
            for (Path entry : entries) {
                if (!entry.equals(keep)) {
                    FileSync.deleteTree(entry);
                }
            }
        }
    }
}
