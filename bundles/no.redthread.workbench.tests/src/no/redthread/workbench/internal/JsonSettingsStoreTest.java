package no.redthread.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveLayout;
import no.redthread.workbench.settings.SettingsProblem;

class JsonSettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void layoutsRoundTrip() throws IOException {
        JsonSettingsStore store = new JsonSettingsStore(folder);
        PerspectiveLayout layout = PerspectiveLayout.empty().with(Area.LEFT, "explorer").with(Area.BOTTOM, "problems")
                .withWeights(List.of(10, 70, 20, 60, 40));

        store.save("layout", layout);

        assertEquals(Optional.of(layout), store.load("layout", PerspectiveLayout.class));
        assertTrue(store.takeProblems().isEmpty());
    }

    @Test
    void aCorruptFileIsMovedAsideReportedOnceAndNeverOverwritten() throws IOException {
        Path file = folder.resolve("window.json");
        Files.writeString(file, "{\n  \"x\": 10,\n  \"y\": [\n", StandardCharsets.UTF_8);
        JsonSettingsStore store = new JsonSettingsStore(folder);

        assertEquals(Optional.empty(), store.load("window", Map.class));

        List<SettingsProblem> problems = store.takeProblems();
        assertEquals(1, problems.size());
        SettingsProblem problem = problems.get(0);
        assertEquals(file, problem.file());
        assertTrue(problem.reason().contains("line"), problem.reason());
        assertEquals("{\n  \"x\": 10,\n  \"y\": [\n", Files.readString(problem.movedTo()));
        assertFalse(Files.exists(file));
        assertTrue(store.takeProblems().isEmpty(), "each problem is reported once");
    }

    @Test
    void theFirstSaveMakesTheSettingsFolder() throws IOException {
        Path fresh = folder.resolve("config").resolve("redthread");
        JsonSettingsStore store = new JsonSettingsStore(fresh);

        store.save("recent-workspaces", List.of("/home/planner/Alta"));

        assertEquals(List.of("/home/planner/Alta"), store.load("recent-workspaces", List.class).orElseThrow());
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws IOException {
        JsonSettingsStore store = new JsonSettingsStore(folder);
        store.save("preferences", Map.of("language", "nn"));
        store.save("preferences", Map.of("language", "en"));

        try (var files = Files.list(folder)) {
            assertEquals(List.of("preferences.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("en", store.load("preferences", Map.class).orElseThrow().get("language"));
    }

    @Test
    void theFolderComesFromThePropertyFirst() {
        assertEquals(Path.of("/tmp/rt-settings"), JsonSettingsStore.defaultFolder("/tmp/rt-settings"));
        assertTrue(JsonSettingsStore.defaultFolder(null).endsWith("redthread"));
    }
}
