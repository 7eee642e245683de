package no.redthread.workspace.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import no.redthread.workbench.settings.SettingsProblem;
import no.redthread.workbench.settings.SettingsStore;

/** Settings kept in memory, so tests never touch the user's settings folder. */
public final class MemorySettings implements SettingsStore {

    final Map<String, Object> values = new ConcurrentHashMap<>();

    @Override
    public Path folder() {
        return Path.of("memory");
    }

    @Override
    public <T> Optional<T> load(String name, Class<T> type) {
        Object value = values.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    @Override
    public void save(String name, Object value) {
        values.put(name, value);
    }

    @Override
    public List<SettingsProblem> takeProblems() {
        return List.of();
    }
}
