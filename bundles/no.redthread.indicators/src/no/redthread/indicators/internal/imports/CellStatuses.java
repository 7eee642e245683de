package no.redthread.indicators.internal.imports;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.internal.Texts;

/** The {@code status} of a JSON-stat dataset: one marker for all cells, an array, or an object by cell index. */
final class CellStatuses {

    private final String origin;
    private final String forAll;
    private final Map<Integer, String> byIndex = new HashMap<>();
    private int arrayLength = -1;

    private CellStatuses(String origin, String forAll) {
        this.origin = origin;
        this.forAll = forAll;
    }

    static CellStatuses read(JsonParser parser, String origin) throws IOException, ImportException {
        JsonToken start = parser.currentToken();
        if (start == JsonToken.VALUE_STRING) {
            return new CellStatuses(origin, parser.getText().intern());
        }
        CellStatuses statuses = new CellStatuses(origin, null);
        if (start == JsonToken.START_ARRAY) {
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                statuses.put(index++, token == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            statuses.arrayLength = index;
        } else if (start == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                statuses.put(statuses.index(key), parser.currentToken() == JsonToken.VALUE_NULL ? null
                        : parser.getText());
            }
        } else if (start != JsonToken.VALUE_NULL) {
            throw new ImportException(origin, Texts.get("import.position.field", "status"), Texts.get("json.statusForm"));
        }
        return statuses;
    }

    private int index(String key) throws ImportException {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new ImportException(origin, Texts.get("import.position.statusKey", key), Texts.get("json.notCellIndex"),
                    e);
        }
    }

    private void put(int index, String status) {
        if (status != null && !status.isEmpty()) {
            byIndex.put(index, status.intern());
        }
    }

    /** The marker of every cell, or null when no cell has one; checks indexes against the dimension sizes. */
    String[] toDense(int cells, String shape) throws ImportException {
        if (arrayLength >= 0 && arrayLength != cells) {
            throw new ImportException(origin, Texts.get("import.position.status", String.valueOf(Math.min(arrayLength, cells))),
                    Texts.get("json.statusCount", String.valueOf(arrayLength), shape, String.valueOf(cells)));
        }
        if (forAll == null && byIndex.isEmpty()) {
            return null;
        }
        String[] dense = new String[cells];
        if (forAll != null) {
            Arrays.fill(dense, forAll);
        }
        for (Map.Entry<Integer, String> entry : byIndex.entrySet()) {
            if (entry.getKey() < 0 || entry.getKey() >= cells) {
                throw new ImportException(origin, Texts.get("import.position.status", String.valueOf(entry.getKey())),
                        Texts.get("json.outside", String.valueOf(cells), shape));
            }
            dense[entry.getKey()] = entry.getValue();
        }
        return dense;
    }
}
