package no.redthread.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an administrator presets in the distribution's conf/: {@code plugin-repositories.json} and
 * {@code plugin-trust.json}, in the formats of the user's settings. Unreadable presets count as none and are
 * reported on stderr with the file and the problem: a broken preset must not stop the workbench.
 */
final class AdminPresets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> conf;

    AdminPresets(Optional<Path> conf) {
        this.conf = conf;
    }

    RepositoryList repositories() {
        return read("plugin-repositories.json", RepositoryList.class).orElse(RepositoryList.NONE);
    }

    TrustSettings trust() {
        return read("plugin-trust.json", TrustSettings.class).orElse(TrustSettings.NONE);
    }

    private <T> Optional<T> read(String name, Class<T> type) {
        Optional<Path> file = conf.map(folder -> folder.resolve(name)).filter(Files::isRegularFile);
        try {
            return file.isEmpty() ? Optional.empty() : Optional.of(JSON.readValue(file.get().toFile(), type));
        } catch (IOException e) {
            System.err.println(Texts.get("preset.unreadable", file.get(), e.getMessage()));
            return Optional.empty();
        }
    }
}
