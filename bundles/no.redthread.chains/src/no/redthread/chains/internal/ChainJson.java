package no.redthread.chains.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.redthread.chains.Chain;

/** A chain as JSON and back: keys in a fixed order and parameters sorted, so that files diff well. */
final class ChainJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChainJson() {
    }

    static ObjectNode write(Chain chain) {
        ObjectNode node = MAPPER.createObjectNode().put("schemaVersion", 1).put("id", chain.id()).put("name",
                chain.name());
        ArrayNode steps = node.putArray("steps");
        for (Chain.Step step : chain.steps()) {
            ObjectNode one = steps.addObject().put("step", step.step());
            if (!step.parameters().isEmpty()) {
                ObjectNode parameters = one.putObject("parameters");
                step.parameters().forEach(parameters::put);
            }
        }
        return node;
    }

    /** @throws IOException naming the source and the missing or wrong field */
    static Chain read(JsonNode node, String source) throws IOException {
        if (node.path("schemaVersion").asInt() != 1) {
            throw new IOException(source + ": schemaVersion must be 1");
        }
        String id = text(node, "id", source);
        List<Chain.Step> steps = new ArrayList<>();
        JsonNode list = node.path("steps");
        if (!list.isArray() || list.isEmpty()) {
            throw new IOException(source + ": chain '" + id + "' needs a non-empty array 'steps'");
        }
        for (JsonNode step : list) {
            Map<String, String> parameters = new LinkedHashMap<>();
            step.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
            steps.add(new Chain.Step(text(step, "step", source), parameters));
        }
        return new Chain(id, text(node, "name", source), steps);
    }

    private static String text(JsonNode node, String field, String source) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IOException(source + ": missing text field '" + field + "'");
        }
        return value.asText();
    }
}
