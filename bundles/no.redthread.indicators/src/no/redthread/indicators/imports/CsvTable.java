package no.redthread.indicators.imports;

import java.nio.charset.Charset;
import java.util.List;

import no.redthread.indicators.internal.Texts;

/**
 * A CSV file as read: how it was written (encoding, separator, decimal mark), the title lines SSB puts above the
 * header, the header and the data rows, each with the line of the file it starts on. Every row has as many cells
 * as the header.
 *
 * @param origin the file name
 * @param encoding UTF-8 or windows-1252, as detected
 * @param separator {@code ;}, {@code ,} or a tab, as detected
 * @param decimalComma true if numbers are written with a decimal comma (12,5)
 * @param titleLines the lines above the header that hold a single cell (SSB's table title), unquoted
 * @param header the column headings
 * @param headerLine the line of the file the header is on (1-based)
 * @param rows the data rows
 * @param rowLines the line of the file each data row starts on (1-based)
 */
public record CsvTable(String origin, Charset encoding, char separator, boolean decimalComma, List<String> titleLines,
        List<String> header, int headerLine, List<List<String>> rows, List<Integer> rowLines) {

    public CsvTable {
        titleLines = List.copyOf(titleLines);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        rowLines = List.copyOf(rowLines);
    }

    /** The number of data rows. */
    public int rowCount() {
        return rows.size();
    }

    /** The cell of a data row (0-based) and column (0-based). */
    public String cell(int row, int column) {
        return rows.get(row).get(column);
    }

    /** The position of a cell for messages: {@code "row 7, column 3"}, with the file's line and a 1-based column. */
    public String position(int row, int column) {
        return Texts.get("import.position.cell", String.valueOf(rowLines.get(row)), String.valueOf(column + 1));
    }
}
