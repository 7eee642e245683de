package no.redthread.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.redthread.plugins.PluginEntry;
import no.redthread.plugins.RepositoryException;
import no.redthread.plugins.RepositoryIndex;
import no.redthread.workbench.io.AtomicFiles;

/**
 * The index file: {@code {"formatVersion": 1, "plugins": [{"symbolicName", "version", "file", "size", "sha256",
 * "title", "description", "publisher", "requires": [...]}]}}. Read from a folder or an address alike.
 */
public final class IndexFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // AtomicFiles flushes and closes the file itself
    private static final String[] REQUIRED = { "symbolicName", "version", "file", "size", "sha256" };

    private IndexFile() {
    }

    /** A file beside the repository's index; a folder address gets the slash an address of a folder needs. */
    public static URI resolve(URI repository, String name) {
        String text = repository.toString();
        return URI.create(text.endsWith("/") ? text : text + "/").resolve(name);
    }

    public static void write(RepositoryIndex index, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("formatVersion", 1);
        ArrayNode plugins = root.putArray("plugins");
        for (PluginEntry plugin : index.plugins()) {
            ObjectNode node = plugins.addObject().put("symbolicName", plugin.symbolicName())
                    .put("version", plugin.version()).put("file", plugin.file()).put("size", plugin.size())
                    .put("sha256", plugin.sha256()).put("title", plugin.title())
                    .put("description", plugin.description()).put("publisher", plugin.publisher());
            plugin.requires().forEach(node.putArray("requires")::add);
        }
        AtomicFiles.write(file, out -> JSON.writeValue(out, root));
    }

    public static RepositoryIndex read(URI file) throws RepositoryException {
        JsonNode root;
        try (InputStream in = file.toURL().openStream()) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RepositoryException(Texts.get("index.syntax", file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()), e);
        } catch (SSLException e) {
            throw new RepositoryException(HttpsRefusal.of(file, e), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new RepositoryException(Texts.get("index.unreadable", file, e.getMessage()), e);
        }
        JsonNode plugins = root == null ? null : root.get("plugins");
        if (plugins == null || !plugins.isArray()) {
            throw new RepositoryException(Texts.get("index.noPlugins", file));
        }
        List<PluginEntry> entries = new ArrayList<>();
        for (int i = 0; i < plugins.size(); i++) {
            entries.add(entry(file, i, plugins.get(i)));
        }
        return new RepositoryIndex(entries);
    }

    private static PluginEntry entry(URI file, int index, JsonNode node) throws RepositoryException {
        for (String field : REQUIRED) {
            if (node.path(field).asText("").isBlank()) {
                throw new RepositoryException(Texts.get("index.missing", file, "plugins[" + index + "]." + field));
            }
        }
        String name = node.get("file").asText();
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new RepositoryException(Texts.get("index.badFile", file, "plugins[" + index + "].file", name));
        }
        List<String> requires = new ArrayList<>();
        node.path("requires").forEach(value -> requires.add(value.asText()));
        return new PluginEntry(node.get("symbolicName").asText(), node.get("version").asText(), name,
                node.get("size").asLong(), node.get("sha256").asText(), node.path("title").asText(""),
                node.path("description").asText(""), node.path("publisher").asText(""), requires);
    }
}
