package no.redthread.workbench.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The user's settings folder, as an OSGi service. Names are file names without {@code .json}. */
public interface SettingsStore {

    /** The folder that holds the settings files. */
    Path folder();

    /**
     * Reads a settings file into the given type. A file that cannot be read is moved aside (kept
     * as {@code name.json.corrupt-<time>}), reported through {@link #takeProblems()} and treated as
     * absent, so the caller uses its defaults.
     */
    <T> Optional<T> load(String name, Class<T> type);

    /** Writes a settings file atomically: a temporary file is written, flushed and renamed. */
    void save(String name, Object value) throws IOException;

    /** Problems found since the last call, each reported once. */
    List<SettingsProblem> takeProblems();
}
