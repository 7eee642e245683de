package no.redthread.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.redthread.workbench.settings.SettingsProblem;
import no.redthread.workbench.settings.SettingsStore;

/** Settings as JSON files in a test's own folder (the workbench's store reads one folder per process). */
final class FolderSettings implements SettingsStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;

    FolderSettings(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public <T> Optional<T> load(String name, Class<T> type) {
        Path file = folder.resolve(name + ".json");
        try {
            return Files.exists(file) ? Optional.of(JSON.readValue(file.toFile(), type)) : Optional.empty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void save(String name, Object value) throws IOException {
        Files.createDirectories(folder);
        JSON.writeValue(folder.resolve(name + ".json").toFile(), value);
    }

    @Override
    public List<SettingsProblem> takeProblems() {
        return List.of();
    }
}
