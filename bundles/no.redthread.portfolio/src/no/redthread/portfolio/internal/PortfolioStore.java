package no.redthread.portfolio.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.redthread.portfolio.Portfolio;
import no.redthread.portfolio.PortfolioService;
import no.redthread.workbench.settings.SettingsStore;

/**
 * The portfolios in the settings, {@code {"schemaVersion": 1, "portfolios": [{"name": …, "folders": […]}]}}. The
 * settings store writes atomically and moves a file it cannot parse aside; an entry that is not a portfolio is left
 * out and logged rather than failing all of them.
 */
final class PortfolioStore {

    private static final System.Logger LOG = System.getLogger(PortfolioStore.class.getName());

    private final SettingsStore settings;

    PortfolioStore(SettingsStore settings) {
        this.settings = settings;
    }

    List<Portfolio> load() {
        JsonNode file = settings.load(PortfolioService.SETTINGS_NAME, JsonNode.class).orElse(null);
        List<Portfolio> portfolios = new ArrayList<>();
        for (JsonNode entry : file == null ? List.<JsonNode>of() : List.copyOf(toList(file.path("portfolios")))) {
            try {
                List<Path> folders = new ArrayList<>();
                entry.path("folders").forEach(folder -> folders.add(Path.of(folder.asText())));
                portfolios.add(new Portfolio(entry.path("name").asText(""), folders));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, PortfolioTexts.get("store.bad",
                        settings.folder().resolve(PortfolioService.SETTINGS_NAME + ".json")), e);
            }
        }
        portfolios.sort(Comparator.comparing(Portfolio::name, String.CASE_INSENSITIVE_ORDER));
        return portfolios;
    }

    void save(List<Portfolio> portfolios) throws IOException {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.put("schemaVersion", 1);
        ArrayNode list = file.putArray("portfolios");
        for (Portfolio portfolio : portfolios) {
            ObjectNode entry = list.addObject();
            entry.put("name", portfolio.name());
            ArrayNode folders = entry.putArray("folders");
            portfolio.folders().forEach(folder -> folders.add(folder.toString()));
        }
        settings.save(PortfolioService.SETTINGS_NAME, file);
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }
}
