package no.redthread.core.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON file read into a tree that remembers where each value starts, so that a fault found while checking the
 * tree can be reported with line and column. Jackson's own tree keeps no locations, hence this small reader.
 * Content packs of every module read their files with it.
 */
public final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, int[]> positions;

    private LocatedJson(JsonNode root, Map<String, int[]> positions) {
        this.root = root;
        this.positions = positions;
    }

    /**
     * Reads one UTF-8 JSON document; a syntax error is an {@link IOException} carrying its location. Read through a
     * Reader, because from bytes Jackson counts a column in bytes, and "ø" or "−" before a value would shift it.
     */
    public static LocatedJson read(InputStream in) throws IOException {
        Map<String, int[]> positions = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (parser.nextToken() == null) {
                throw new IOException("the file is empty");
            }
            JsonNode root = value(parser, "", positions);
            if (parser.nextToken() != null) {
                throw new IOException("text after the end of the JSON document at line "
                        + parser.currentTokenLocation().getLineNr());
            }
            return new LocatedJson(root, positions);
        }
    }

    /** The document's tree. */
    public JsonNode root() {
        return root;
    }

    /**
     * Line and column (1-based) of the value at the path, or of its nearest enclosing value when the path names a
     * field that is missing.
     */
    public int[] position(String path) {
        for (String p = path;; p = parent(p)) {
            int[] found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static JsonNode value(JsonParser parser, String path, Map<String, int[]> positions) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        positions.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, path, positions);
            case START_ARRAY -> array(parser, path, positions);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            default -> NODES.nullNode();
        };
    }

    private static ObjectNode object(JsonParser parser, String path, Map<String, int[]> positions) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, value(parser, path.isEmpty() ? name : path + "." + name, positions));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, String path, Map<String, int[]> positions) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, path + "[" + array.size() + "]", positions));
        }
        return array;
    }
}
