package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.workspace.Workspace;

/**
 * A workspace open in one Redthread process cannot be opened in another; the lock goes with the process, even when it
 * is killed, and with the workspace when it is closed.
 */
class FolderLockTest {

    @TempDir
    Path temp;

    @Test
    void aWorkspaceOpenInAnotherProcessIsRefusedUntilThatProcessEnds() throws Exception {
        Path folder = temp.resolve("ws");
        CrashStates.createBase(Fixtures.service(), folder);
        String classPath = ChildJvm.copyClassPath(Files.createDirectories(temp.resolve("classpath")));
        Process child = ChildJvm.command(classPath, CrashSaver.class, folder.toString()).redirectErrorStream(true).start();
        try {
            awaitReady(child);
            WorkspaceServiceImpl service = Fixtures.service();
            FileSystemException refused = assertThrows(FileSystemException.class, () -> service.open(folder));
            assertTrue(refused.getMessage().contains(folder.toAbsolutePath().normalize().toString()), refused.getMessage());
            String otherProcess = Reasons.get("lock.otherProcess", "");
            assertTrue(refused.getMessage().contains(otherProcess.substring(0, otherProcess.indexOf(';'))),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("process " + child.pid()), "names who holds it: " + refused.getMessage());
            assertTrue(service.current().isEmpty(), "nothing was opened");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = service.open(folder);
        assertEquals(List.of(), workspace.problems(), "the killed process left no lock and a whole workspace");
        service.close();
    }

    @Test
    void closingTheWorkspaceReleasesTheLockAndReopeningKeepsIt() throws Exception {
        Path folder = temp.resolve("ws");
        CrashStates.createBase(Fixtures.service(), folder);
        WorkspaceServiceImpl service = Fixtures.service();
        service.open(folder);
        service.open(folder); // reopening the current folder keeps its lock
        assertTrue(Files.readString(folder.resolve(FolderLock.FILE)).contains("process " + ProcessHandle.current().pid()));
        service.close();
        assertEquals("", Files.readString(folder.resolve(FolderLock.FILE)), "released and emptied");

        Path other = temp.resolve("copy");
        service.open(folder);
        service.saveAs(other);
        assertTrue(Files.readString(other.resolve(FolderLock.FILE)).contains("process "), "the lock moves with save as");
        assertEquals("", Files.readString(folder.resolve(FolderLock.FILE)));
        service.close();
    }

    private static void awaitReady(Process child) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder output = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("ready ")) {
                Thread.ofPlatform().daemon().start(() -> lines.lines().forEach(ignored -> { }));
                return;
            }
            output.append(line).append('\n');
        }
        throw new AssertionError("the child ended without opening the workspace:\n" + output);
    }
}
