package no.redthread.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether a folder can be read as a workspace, checked before it is opened: opening takes a lock and may complete
 * an interrupted save, which writes into the folder, and a batch must write nothing into a workspace it cannot read.
 */
final class WorkspaceCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkspaceCheck() {
    }

    /** Why the folder cannot be read, naming the file; empty if every JSON file of it parses. */
    static Optional<String> problem(Path folder) {
        if (!Files.isRegularFile(folder.resolve("workspace.json"))) {
            return Optional.of(folder + ": no workspace.json (not a workspace)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> !folder.relativize(file).startsWith(".redthread")).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return Optional.of(folder + ": " + e.getMessage());
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                JSON.readTree(in);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                return Optional.of(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": "
                        + e.getOriginalMessage());
            } catch (IOException e) {
                return Optional.of(file + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }
}
