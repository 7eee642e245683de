package no.redthread.indicators.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import no.redthread.indicators.imports.CsvTable;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportMonitor;
import no.redthread.indicators.internal.Texts;

/** Splits CSV text into a {@link CsvTable}: detects encoding, separator and decimal mark, checks row lengths. */
public final class CsvParser {

    private static final char[] SEPARATORS = {';', '\t', ','};
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[\\d \u00a0\u202f.]*\\d,\\d+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("[+-]?[\\d\u00a0\u202f,]*\\d\\.\\d+");

    private CsvParser() {
    }

    /** Parses CSV bytes; {@code monitor} may cancel while the records are split. */
    public static CsvTable parse(byte[] bytes, String origin, ImportMonitor monitor) throws ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        char separator = detectSeparator(text);
        List<CsvRecords.Record> records = CsvRecords.split(text, separator, origin, Integer.MAX_VALUE,
                new CancelCheck(monitor, origin));
        int header = 0;
        List<String> titles = new ArrayList<>();
        while (header < records.size() && records.get(header).cells().size() < 2) {
            String title = records.get(header).cells().get(0).strip();
            if (!title.isEmpty()) {
                titles.add(title);
            }
            header++;
        }
        if (header >= records.size() - 1) {
            throw new ImportException(origin, "", Texts.get("csv.noHeader"));
        }
        List<String> headings = records.get(header).cells().stream().map(String::strip).toList();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(header + 1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            if (record.cells().size() != headings.size()) {
                throw new ImportException(origin, Texts.get("import.position.row", String.valueOf(record.line())),
                        Texts.get("csv.rowLength", String.valueOf(record.cells().size()),
                                String.valueOf(records.get(header).line()), String.valueOf(headings.size())));
            }
            rows.add(record.cells());
            lines.add(record.line());
        }
        return new CsvTable(origin, decoded.charset(), separator, decimalComma(rows), titles, headings,
                records.get(header).line(), rows, lines);
    }

    /** The separator that splits the first lines into the most rows of the same length (more than one cell). */
    static char detectSeparator(String text) {
        String sample = text.length() > 65_536 ? text.substring(0, text.lastIndexOf('\n', 65_536) + 1) : text;
        char best = SEPARATORS[0];
        int bestScore = 0;
        for (char separator : SEPARATORS) {
            int score = consistentRows(sample, separator);
            if (score > bestScore) {
                best = separator;
                bestScore = score;
            }
        }
        return best;
    }

    private static int consistentRows(String sample, char separator) {
        Map<Integer, Integer> rowsByLength = new HashMap<>();
        try {
            for (CsvRecords.Record record : CsvRecords.split(sample, separator, "", 50)) {
                if (record.cells().size() > 1) {
                    rowsByLength.merge(record.cells().size(), 1, Integer::sum);
                }
            }
        } catch (ImportException e) {
            return 0;
        }
        return rowsByLength.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static boolean decimalComma(List<List<String>> rows) {
        int comma = 0;
        int point = 0;
        for (List<String> row : rows) {
            for (String cell : row) {
                String value = cell.strip();
                if (DECIMAL_COMMA.matcher(value).matches()) {
                    comma++;
                } else if (DECIMAL_POINT.matcher(value).matches()) {
                    point++;
                }
            }
        }
        return comma > point;
    }
}
