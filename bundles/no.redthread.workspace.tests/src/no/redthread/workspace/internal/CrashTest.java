package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.workspace.Workspace;

/**
 * Kills a JVM that saves a large workspace in a loop at random moments, again and again: after
 * each kill the workspace opens without problems and holds exactly the last saved generation or
 * the one that was being saved, in every file.
 */
class CrashTest {

    private static final int KILLS = 32;

    @TempDir
    Path temp;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewState() throws Exception {
        Path folder = temp.resolve("ws");
        CrashStates.createBase(Fixtures.service(), folder);
        String classPath = ChildJvm.copyClassPath(Files.createDirectories(temp.resolve("classpath")));
        Random random = new Random(20251121);
        int committedButNotRolledForward = 0;
        int stagedButNotCommitted = 0;
        int advanced = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int before = generationOnDisk(folder, -1);
            ProcessBuilder command = ChildJvm.command(classPath, CrashSaver.class, folder.toString());
            Process child = command.redirectErrorStream(true).start();
            AtomicInteger lastSaved = new AtomicInteger(-1);
            CompletableFuture<Integer> ready = new CompletableFuture<>();
            StringBuilder output = new StringBuilder(String.join(" ", command.command())).append('\n');
            Thread reader = Thread.ofPlatform().daemon().start(() -> readLines(child, ready, lastSaved, output));
            int start = ready.get(60, TimeUnit.SECONDS);
            assertEquals(before, start, "the child starts from the generation on disk");
            // between 0 and about four saves of this workspace (a save takes some hundred milliseconds)
            Thread.sleep(random.nextInt(1200));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            if (Files.exists(folder.resolve(".redthread/txn/commit.json"))) {
                committedButNotRolledForward++;
            } else if (Files.exists(folder.resolve(".redthread/txn"))) {
                stagedButNotCommitted++;
            }
            int saved = Math.max(lastSaved.get(), start);
            int found = generationOnDisk(folder, saved);
            assertTrue(found == saved || found == saved + 1,
                    "kill " + kill + ": found generation " + found + " after saved " + saved + "\n" + output);
            advanced += found - before;
        }
        System.out.printf("CrashTest: %d kills, %d generations saved, %d killed after the commit point, %d before it%n",
                KILLS, advanced, committedButNotRolledForward, stagedButNotCommitted);
    }

    private static void readLines(Process child, CompletableFuture<Integer> ready, AtomicInteger lastSaved, StringBuilder output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("ready ")) {
                    ready.complete(Integer.parseInt(line.substring(6)));
                } else if (line.startsWith("saved ")) {
                    lastSaved.set(Integer.parseInt(line.substring(6)));
                } else {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the child was killed
        }
        ready.completeExceptionally(new IllegalStateException("the child ended without opening the workspace:\n" + output));
    }

    /**
     * Opens the workspace (completing or discarding an interrupted save) and checks that it is one
     * whole generation: equal to the base model put into that generation.
     */
    private int generationOnDisk(Path folder, int expectedAtLeast) throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = service.open(folder);
        assertEquals(List.of(), workspace.problems(), "the workspace opens without problems");
        int generation = CrashStates.generation(workspace);
        assertTrue(generation >= expectedAtLeast, "generation " + generation + " is older than the last saved " + expectedAtLeast);
        Workspace expected = expectedState(generation);
        List<EObject> actual = Fixtures.roots(workspace);
        assertTrue(EcoreUtil.equals(Fixtures.roots(expected), actual), "the workspace holds exactly generation " + generation);
        service.close();
        return generation;
    }

    private Path base;

    private Workspace expectedState(int generation) throws IOException {
        if (base == null) {
            base = temp.resolve("base");
            CrashStates.createBase(Fixtures.service(), base);
        }
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = service.open(base);
        CrashStates.apply(workspace, generation);
        return workspace;
    }
}
