package no.redthread.indicators.internal.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.JsonStatDimension;
import no.redthread.indicators.internal.Texts;

/** Builds the dimensions of a JSON-stat dataset from its {@code id}, {@code size}, {@code role} and {@code dimension}. */
final class JsonStatDimensions {

    private final String origin;
    private final JsonNode ids;
    private final JsonNode sizes;
    private final JsonNode dimensions;
    private final Map<String, String> roleByDimension = new HashMap<>();

    JsonStatDimensions(String origin, JsonNode ids, JsonNode sizes, JsonNode roles, JsonNode dimensions) {
        this.origin = origin;
        this.ids = ids;
        this.sizes = sizes;
        this.dimensions = dimensions;
        if (roles != null) {
            roles.properties().forEach(role -> role.getValue()
                    .forEach(id -> roleByDimension.putIfAbsent(id.asText(), role.getKey())));
        }
    }

    List<JsonStatDimension> build() throws ImportException {
        if (!ids.isArray() || !sizes.isArray() || ids.size() != sizes.size()) {
            throw new ImportException(origin, Texts.get("import.position.field", "id"),
                    Texts.get("json.idAndSize", String.valueOf(ids.size()), String.valueOf(sizes.size())));
        }
        List<JsonStatDimension> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            result.add(dimension(ids.get(i).asText(), sizes.get(i).asInt(-1)));
        }
        return result;
    }

    private JsonStatDimension dimension(String id, int size) throws ImportException {
        String position = Texts.get("import.position.dimension", id);
        JsonNode node = dimensions.get(id);
        if (node == null) {
            throw new ImportException(origin, position, Texts.get("json.undescribed"));
        }
        JsonNode category = node.path("category");
        Map<String, String> labels = new LinkedHashMap<>();
        category.path("label").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        List<String> codes = codes(category.get("index"), labels, id);
        if (codes.size() != size) {
            throw new ImportException(origin, position, Texts.get("json.categoryCount", String.valueOf(codes.size()),
                    String.valueOf(size)));
        }
        codes.forEach(code -> labels.putIfAbsent(code, code));
        return new JsonStatDimension(id, node.path("label").asText(id), roleByDimension.get(id), codes, labels);
    }

    private List<String> codes(JsonNode index, Map<String, String> labels, String id)
            throws ImportException {
        if (index == null) {
            return new ArrayList<>(labels.keySet());
        }
        if (index.isArray()) {
            List<String> codes = new ArrayList<>();
            index.forEach(code -> codes.add(code.asText()));
            return codes;
        }
        String[] codes = new String[index.size()];
        for (Map.Entry<String, JsonNode> entry : index.properties()) {
            int at = entry.getValue().asInt(-1);
            if (at < 0 || at >= codes.length || codes[at] != null) {
                throw new ImportException(origin, Texts.get("import.position.category", id, entry.getKey()),
                        Texts.get("json.categoryIndex", entry.getValue().toString(), String.valueOf(codes.length - 1)));
            }
            codes[at] = entry.getKey();
        }
        return Arrays.asList(codes);
    }
}
