package no.redthread.core.internal.catalogue;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of RFC 4180 CSV (comma-separated, fields optionally in double quotes, "" for a quote). */
final class CsvLines {

    private CsvLines() {
    }

    /** The fields of one line, or null when a quoted field is not closed. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return quoted ? null : fields;
    }
}
