package no.redthread.dilemma.matrix.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into trimmed cells: comma or semicolon separated (a Norwegian spreadsheet saves with
 * semicolons), double quotes around a cell with a separator in it, a doubled quote for a quote.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The separator a file uses, judged from its header line: ';' when it has semicolons and no commas. */
    public static char separator(String header) {
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    public static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** The cell as written to a file: quoted when it holds a separator, a quote or a line break. */
    public static String quote(String cell) {
        if (cell.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
