package no.redthread.indicators.internal.imports;

import java.util.ArrayList;
import java.util.List;

import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.internal.Texts;

/** Splits CSV text into records (RFC 4180 quoting: quoted cells may hold separators, quotes as "" and newlines). */
final class CsvRecords {

    /** A record and the line of the text it starts on (1-based). */
    record Record(int line, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvRecords() {
    }

    static List<Record> split(String text, char separator, String origin, int maxRecords) throws ImportException {
        return split(text, separator, origin, maxRecords, new CancelCheck(null, origin));
    }

    /** Splits the text; {@code cancel} is asked as records are completed. */
    static List<Record> split(String text, char separator, String origin, int maxRecords, CancelCheck cancel)
            throws ImportException {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int length = text.length();
        while (i < length && records.size() < maxRecords) {
            char c = text.charAt(i);
            if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                int start = line;
                i++;
                while (true) {
                    if (i >= length) {
                        throw new ImportException(origin, Texts.get("import.position.row", String.valueOf(start)),
                                Texts.get("csv.unclosedQuote"));
                    }
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < length && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        if (q == '\n') {
                            line++;
                        }
                        cell.append(q);
                    }
                }
                continue;
            }
            i++;
            if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < length && text.charAt(i) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(new Record(recordLine, List.copyOf(cells)));
                cells.clear();
                if (cancel.due()) {
                    cancel.check(Texts.get("import.position.row", String.valueOf(recordLine)), (double) i / length);
                }
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (!cells.isEmpty() || cell.length() > 0) {
            cells.add(cell.toString());
            records.add(new Record(recordLine, List.copyOf(cells)));
        }
        return records;
    }
}
