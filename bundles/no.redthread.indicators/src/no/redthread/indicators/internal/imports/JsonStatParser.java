package no.redthread.indicators.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportMonitor;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.imports.JsonStatDimension;
import no.redthread.indicators.internal.Texts;

/**
 * Streams a JSON-stat 2.0 dataset: the small parts (dimensions, roles) as trees, the large ones ({@code value},
 * {@code status}) token by token into primitive arrays, so a million cells take little more than their 8 MB.
 */
public final class JsonStatParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code");

    private final String origin;
    private final JsonParser parser;
    private final CancelCheck cancel;
    private final long size;
    private final Map<String, String> texts = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private JsonNode ids;
    private JsonNode sizes;
    private JsonNode roles;
    private JsonNode dimensionNodes;
    private CellValues values;
    private CellStatuses statuses;

    private JsonStatParser(String origin, JsonParser parser, ImportMonitor monitor, long size) {
        this.origin = origin;
        this.parser = parser;
        this.cancel = new CancelCheck(monitor, origin);
        this.size = size;
    }

    /**
     * Parses a dataset; {@code monitor} may cancel it while the values are read.
     *
     * @param size the stream's length in bytes for progress, 0 or less when unknown
     */
    public static JsonStatDataset parse(InputStream in, String origin, ImportMonitor monitor, long size)
            throws ImportException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonStatParser reader = new JsonStatParser(origin, parser, monitor, size);
            reader.readTopLevel();
            return reader.build();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : Texts.get("import.position.line", String.valueOf(at.getLineNr()),
                    String.valueOf(at.getColumnNr()));
            throw new ImportException(origin, position, syntaxProblem(e), e);
        } catch (IOException e) {
            throw new ImportException(origin, "", Texts.get("import.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /** Jackson's own wording is English; users read what went wrong in their language, at the line and column. */
    private static String syntaxProblem(JsonProcessingException e) {
        String said = String.valueOf(e.getOriginalMessage());
        if (said.startsWith("Unexpected end-of-input")) {
            return Texts.get("json.endOfInput");
        }
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(said);
        return unexpected.lookingAt() ? Texts.get("json.unexpectedCharacter", unexpected.group(1)) : Texts.get("json.invalid");
    }

    private void readTopLevel() throws IOException, ImportException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw fault("", Texts.get("json.noObject"));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "value" -> values = CellValues.read(parser, origin, cancel, size);
                case "status" -> statuses = CellStatuses.read(parser, origin);
                case "id" -> ids = MAPPER.readTree(parser);
                case "size" -> sizes = MAPPER.readTree(parser);
                case "role" -> roles = MAPPER.readTree(parser);
                case "dimension" -> dimensionNodes = MAPPER.readTree(parser);
                case "note" -> readNotes(MAPPER.readTree(parser));
                default -> readText(field, token);
            }
        }
    }

    private void readNotes(JsonNode node) {
        if (node.isTextual()) {
            notes.add(node.asText());
        }
        node.forEach(note -> notes.add(note.asText()));
    }

    private void readText(String field, JsonToken token) throws IOException {
        if (token.isScalarValue()) {
            texts.put(field, parser.getValueAsString());
        } else {
            parser.skipChildren();
        }
    }

    private JsonStatDataset build() throws ImportException {
        checkHeader();
        List<JsonStatDimension> dimensions = new JsonStatDimensions(origin, ids, sizes, roles, dimensionNodes).build();
        long cells = dimensions.stream().mapToLong(JsonStatDimension::size).reduce(1, (a, b) -> a * b);
        if (cells > Integer.MAX_VALUE - 8) {
            throw fault("size", Texts.get("json.tooManyCells", String.valueOf(cells)));
        }
        String shape = String.join(" × ", dimensions.stream().map(d -> String.valueOf(d.size())).toList());
        double[] dense = values.toDense((int) cells, shape);
        String[] marks = statuses == null ? null : statuses.toDense((int) cells, shape);
        return new JsonStatDataset(origin, texts.get("label"), texts.get("source"), texts.get("updated"), notes,
                dimensions, dense, marks);
    }

    private void checkHeader() throws ImportException {
        String version = texts.get("version");
        String kind = texts.getOrDefault("class", "dataset");
        if (!"dataset".equals(kind)) {
            throw fault("class", Texts.get("json.notDataset", kind));
        }
        if (version == null || !version.startsWith("2.")) {
            throw fault("version", Texts.get("json.notVersion2", String.valueOf(version)));
        }
        if (ids == null || sizes == null || dimensionNodes == null || values == null) {
            throw fault("", Texts.get("json.required"));
        }
    }

    /** A fault at a top-level field ({@code field} empty for the whole file). */
    private ImportException fault(String field, String problem) {
        return new ImportException(origin, field.isEmpty() ? "" : Texts.get("import.position.field", field), problem);
    }
}
