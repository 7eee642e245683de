package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roll-forward protocol of FORMAT.md, stopped by hand after each step: the folder always ends
 * up with all old or all new files.
 */
class TransactionTest {

    @TempDir
    Path folder;
    private Path journal;

    @BeforeEach
    void oldState() throws IOException {
        Files.writeString(folder.resolve("a.json"), "old a\n");
        Files.createDirectories(folder.resolve("modules"));
        Files.writeString(folder.resolve("modules/b.json"), "old b\n");
        journal = folder.resolve(".redthread/txn");
    }

    private static Map<String, byte[]> newState() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.json", "new a\n".getBytes(StandardCharsets.UTF_8));
        files.put("modules/b.json", "new b\n".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private void stage() throws IOException {
        for (Map.Entry<String, byte[]> file : newState().entrySet()) {
            FileSync.write(journal.resolve("files").resolve(file.getKey()), file.getValue());
        }
    }

    private void writeCommit() throws IOException {
        StringBuilder json = new StringBuilder("{\"files\": {");
        newState().forEach((path, content) -> json.append(json.length() > 11 ? "," : "").append('"').append(path)
                .append("\": \"").append(FileSync.sha256(content)).append('"'));
        Files.writeString(journal.resolve("commit.json"), json.append("}}").toString());
    }

    private void assertState(String which) throws IOException {
        assertEquals(which + " a\n", Files.readString(folder.resolve("a.json")));
        assertEquals(which + " b\n", Files.readString(folder.resolve("modules/b.json")));
        assertFalse(Files.exists(journal), "the journal is gone");
    }

    @Test
    void aCommitReplacesAllFiles() throws IOException {
        Transaction.commit(folder, newState());
        assertState("new");
        assertEquals("# Redthread's save and autosave journals\n*\n", Files.readString(folder.resolve(".redthread/.gitignore")));
    }

    @Test
    void stagedFilesWithoutCommitAreThrownAway() throws IOException {
        stage();
        Transaction.recover(folder);
        assertState("old");
    }

    @Test
    void aHalfWrittenCommitIsNoCommit() throws IOException {
        stage();
        Files.writeString(journal.resolve("commit.json.tmp"), "{\"files\": {\"a.js");
        Transaction.recover(folder);
        assertState("old");
    }

    @Test
    void aCommitNotYetRolledForwardIsCompleted() throws IOException {
        stage();
        writeCommit();
        Transaction.recover(folder);
        assertState("new");
    }

    @Test
    void aRollForwardInterruptedHalfwayIsCompleted() throws IOException {
        stage();
        writeCommit();
        Files.move(journal.resolve("files/a.json"), folder.resolve("a.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Transaction.recover(folder);
        assertState("new");
    }

    @Test
    void aDamagedStagedFileStopsTheRollForwardAndChangesNothing() throws IOException {
        stage();
        writeCommit();
        Files.writeString(journal.resolve("files/modules/b.json"), "new");
        assertThrows(IOException.class, () -> Transaction.recover(folder));
        assertEquals("old a\n", Files.readString(folder.resolve("a.json")), "checked before anything moves");
        assertEquals("old b\n", Files.readString(folder.resolve("modules/b.json")));
    }
}
