package no.redthread.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.io.AtomicFiles;
import no.redthread.workbench.settings.SettingsProblem;
import no.redthread.workbench.settings.SettingsStore;

/**
 * Settings as pretty-printed JSON in {@code redthread.settings.dir}, else
 * {@code $XDG_CONFIG_HOME/redthread}, else {@code ~/.config/redthread}.
 */
@Component(service = SettingsStore.class)
public final class JsonSettingsStore implements SettingsStore {

    static final String FOLDER_PROPERTY = "redthread.settings.dir";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final List<SettingsProblem> problems = new ArrayList<>();

    @Activate
    public JsonSettingsStore(BundleContext context) {
        this(defaultFolder(context.getProperty(FOLDER_PROPERTY)));
    }

    public JsonSettingsStore(Path folder) {
        this.folder = folder;
    }

    static Path defaultFolder(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("redthread");
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public <T> Optional<T> load(String name, Class<T> type) {
        Path file = fileOf(name);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            record(file, null, e.toString());
            return Optional.empty();
        }
        try {
            T value = mapper.readValue(content, type);
            if (value == null) {
                throw new IOException("the file holds no settings (null)");
            }
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            moveAside(file, describe(e));
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(String name, Object value) throws IOException {
        Path file = fileOf(name);
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, out -> out.write(mapper.writeValueAsBytes(value)));
    }

    @Override
    public synchronized List<SettingsProblem> takeProblems() {
        List<SettingsProblem> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    private Path fileOf(String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Not a settings name: " + name);
        }
        return folder.resolve(name + ".json");
    }

    private void moveAside(Path file, String reason) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            record(file, aside, reason);
        } catch (IOException e) {
            record(file, null, reason + " (could not move it aside: " + e.getMessage() + ")");
        }
    }

    private synchronized void record(Path file, Path aside, String reason) {
        problems.add(new SettingsProblem(file, aside, reason));
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return json.getOriginalMessage() + where;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
