package no.redthread.indicators.internal.imports;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.internal.Texts;

/** The {@code value} of a JSON-stat dataset, read token by token: the dense array form or the sparse object form. */
final class CellValues {

    private final String origin;
    private final boolean sparse;
    private double[] values = new double[1024];
    private int[] indexes;
    private int count;

    private CellValues(String origin, boolean sparse) {
        this.origin = origin;
        this.sparse = sparse;
        this.indexes = sparse ? new int[1024] : null;
    }

    /**
     * Reads the values at the parser's current token; asks {@code cancel} as it goes, with the share of the
     * {@code size} bytes read so far as progress ({@code size} 0 or less when unknown).
     */
    static CellValues read(JsonParser parser, String origin, CancelCheck cancel, long size)
            throws IOException, ImportException {
        JsonToken start = parser.currentToken();
        if (start != JsonToken.START_ARRAY && start != JsonToken.START_OBJECT) {
            throw new ImportException(origin, Texts.get("import.position.field", "value"), Texts.get("json.valueForm"));
        }
        CellValues cells = new CellValues(origin, start == JsonToken.START_OBJECT);
        JsonToken end = cells.sparse ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
        for (JsonToken token = parser.nextToken(); token != end; token = parser.nextToken()) {
            int index = cells.count;
            if (cells.sparse) {
                index = cells.sparseIndex(parser);
                parser.nextToken();
            }
            cells.add(index, cells.number(parser, index));
            if (cancel.due()) {
                check(cancel, parser, index, size);
            }
        }
        return cells;
    }

    /** Out of the value loop, so the loop stays small enough for the JIT to compile it as before. */
    private static void check(CancelCheck cancel, JsonParser parser, int index, long size) throws ImportException {
        long offset = parser.currentLocation().getByteOffset();
        cancel.check(at("import.position.valueAt", String.valueOf(index), parser),
                size > 0 && offset > 0 ? (double) offset / size : 0);
    }

    private int sparseIndex(JsonParser parser) throws IOException, ImportException {
        String key = parser.currentName();
        try {
            int index = Integer.parseInt(key);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ImportException(origin, at("import.position.valueKey", key, parser), Texts.get("json.notCellIndex"));
    }

    private double number(JsonParser parser, int index) throws IOException, ImportException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        String text = token.isScalarValue() ? parser.getText() : token.toString();
        if (token == JsonToken.VALUE_STRING) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new ImportException(origin, at("import.position.valueAt", String.valueOf(index), parser),
                Texts.get("import.notNumber", text));
    }

    /** A value's position text: the key's pattern with the index or key, and the line and column of the token. */
    private static String at(String key, String indexOrKey, JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return Texts.get(key, indexOrKey, String.valueOf(location.getLineNr()), String.valueOf(location.getColumnNr()));
    }

    private void add(int index, double value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
            if (sparse) {
                indexes = Arrays.copyOf(indexes, count * 2);
            }
        }
        values[count] = value;
        if (sparse) {
            indexes[count] = index;
        }
        count++;
    }

    /** All cells in row-major order, NaN where missing; checks the count against the dimension sizes. */
    double[] toDense(int cells, String shape) throws ImportException {
        if (!sparse) {
            if (count != cells) {
                throw new ImportException(origin, Texts.get("import.position.value", String.valueOf(Math.min(count, cells))),
                        Texts.get("json.valueCount", String.valueOf(count), shape, String.valueOf(cells)));
            }
            return count == values.length ? values : Arrays.copyOf(values, count);
        }
        double[] dense = new double[cells];
        Arrays.fill(dense, Double.NaN);
        for (int i = 0; i < count; i++) {
            if (indexes[i] >= cells) {
                throw new ImportException(origin, Texts.get("import.position.value", String.valueOf(indexes[i])),
                        Texts.get("json.outside", String.valueOf(cells), shape));
            }
            dense[indexes[i]] = values[i];
        }
        return dense;
    }
}
