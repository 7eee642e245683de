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
            throw new ImportException(origin, "id", "names " + ids.size() + " dimensions but size gives "
                    + sizes.size());
        }
        List<JsonStatDimension> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            result.add(dimension(ids.get(i).asText(), sizes.get(i).asInt(-1)));
        }
        return result;
    }

    private JsonStatDimension dimension(String id, int size) throws ImportException {
        String position = "dimension " + id;
        JsonNode node = dimensions.get(id);
        if (node == null) {
            throw new ImportException(origin, position, "is named in id but not described in dimension");
        }
        JsonNode category = node.path("category");
        Map<String, String> labels = new LinkedHashMap<>();
        category.path("label").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        List<String> codes = codes(category.get("index"), labels, position);
        if (codes.size() != size) {
            throw new ImportException(origin, position, "has " + codes.size() + " categories but size gives "
                    + size);
        }
        codes.forEach(code -> labels.putIfAbsent(code, code));
        return new JsonStatDimension(id, node.path("label").asText(id), roleByDimension.get(id), codes, labels);
    }

    private List<String> codes(JsonNode index, Map<String, String> labels, String position)
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
                throw new ImportException(origin, position + ", category " + entry.getKey(),
                        "has the index " + entry.getValue() + ", which is not a free position 0 to "
                                + (codes.length - 1));
            }
            codes[at] = entry.getKey();
        }
        return Arrays.asList(codes);
    }
}
