package no.redthread.chains.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainLibrary;
import no.redthread.workbench.io.AtomicFiles;
import no.redthread.workbench.settings.SettingsStore;

/** The shipped recipes (read once) and the user's (read from the settings on each call, so edits show at once). */
@Component(service = ChainLibrary.class)
public final class RecipeLibrary implements ChainLibrary {

    private final SettingsStore settings;
    private final Map<String, Chain> shipped = new TreeMap<>();

    @Activate
    public RecipeLibrary(@Reference SettingsStore settings, BundleContext context) throws IOException {
        this.settings = settings;
        for (URL url : Collections.list(context.getBundle().findEntries("recipes", "*.json", false))) {
            try (InputStream in = url.openStream()) {
                Chain chain = ChainJson.read(ChainJson.MAPPER.readTree(in), url.getPath());
                shipped.put(chain.id(), chain);
            }
        }
    }

    @Override
    public synchronized List<Chain> chains() {
        Map<String, Chain> all = new TreeMap<>(shipped);
        all.putAll(users());
        return List.copyOf(all.values());
    }

    @Override
    public Optional<Chain> chain(String id) {
        return chains().stream().filter(chain -> chain.id().equals(id)).findFirst();
    }

    @Override
    public synchronized void save(Chain chain) throws IOException {
        Map<String, Chain> users = users();
        users.put(chain.id(), chain);
        store(users);
    }

    @Override
    public synchronized void remove(String id) throws IOException {
        Map<String, Chain> users = users();
        if (users.remove(id) != null) {
            store(users);
        }
    }

    /** The user's recipes; a faulty one is left out (the settings store reports unreadable files). */
    private Map<String, Chain> users() {
        Map<String, Chain> users = new TreeMap<>();
        JsonNode file = settings.load(SETTINGS_NAME, JsonNode.class).orElse(null);
        for (JsonNode node : file == null ? List.<JsonNode>of() : file.path("chains")) {
            try {
                Chain chain = ChainJson.read(node, SETTINGS_NAME + ".json");
                users.put(chain.id(), chain);
            } catch (IOException e) {
                System.err.println("Redthread chains: " + e.getMessage());
            }
        }
        return users;
    }

    private void store(Map<String, Chain> users) throws IOException {
        ObjectNode file = ChainJson.MAPPER.createObjectNode().put("schemaVersion", 1);
        users.values().forEach(chain -> file.withArray("chains").add(ChainJson.write(chain)));
        settings.save(SETTINGS_NAME, file);
    }

    @Override
    public List<Chain> chains(Path workspaceFolder) throws IOException {
        Map<String, Chain> all = new TreeMap<>();
        chains().forEach(chain -> all.put(chain.id(), chain));
        Path folder = workspaceFolder.resolve(WORKSPACE_FOLDER);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    Chain chain = ChainJson.read(ChainJson.MAPPER.readTree(file.toFile()), file.toString());
                    all.put(chain.id(), chain);
                }
            } catch (JsonProcessingException e) {
                throw new IOException(e.getOriginalMessage() + " (" + e.getLocation() + ")", e);
            }
        }
        return List.copyOf(all.values());
    }

    @Override
    public void save(Path workspaceFolder, Chain chain) throws IOException {
        Path folder = Files.createDirectories(workspaceFolder.resolve(WORKSPACE_FOLDER));
        byte[] json = ChainJson.MAPPER.writeValueAsBytes(ChainJson.write(chain));
        AtomicFiles.write(folder.resolve(chain.id() + ".json"), out -> out.write(json));
    }
}
