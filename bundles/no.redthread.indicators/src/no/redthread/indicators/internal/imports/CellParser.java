package no.redthread.indicators.internal.imports;

import java.util.Map;
import java.util.regex.Pattern;

import no.redthread.indicators.internal.Texts;

/**
 * Reads a cell of a CSV export as a number or one of SSB's standard symbols. {@code .} (not applicable),
 * {@code ..} (not available), {@code ...} (not yet available) and {@code :} (confidential) are missing values with
 * that status; {@code -} is nil, the value 0 with status {@code -}. An empty cell is missing without status.
 */
final class CellParser {

    /** A parsed cell: the value (NaN if missing) and the status marker (or null). */
    record Cell(double value, String status) {

        boolean isEmpty() {
            return Double.isNaN(value) && status == null;
        }
    }

    private static final Cell EMPTY = new Cell(Double.NaN, null);
    private static final Map<String, Cell> SYMBOLS = Map.of(".", new Cell(Double.NaN, "."),
            "..", new Cell(Double.NaN, ".."), "...", new Cell(Double.NaN, "..."), ":", new Cell(Double.NaN, ":"),
            "-", new Cell(0, "-"));
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final boolean decimalComma;

    CellParser(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /**
     * @throws NumberFormatException if the cell is neither a number nor a standard symbol
     */
    Cell parse(String text) {
        String cell = text.strip();
        if (cell.isEmpty()) {
            return EMPTY;
        }
        Cell symbol = SYMBOLS.get(cell);
        if (symbol != null) {
            return symbol;
        }
        String number = cell.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace('\u2212', '-');
        if (decimalComma) {
            number = number.replace(".", "").replace(',', '.');
        } else if (GROUPED_THOUSANDS.matcher(number).matches()) {
            number = number.replace(",", "");
        } else {
            number = number.replace(',', '.');
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new NumberFormatException(Texts.get("import.notNumber", cell));
        }
        return new Cell(Double.parseDouble(number), null);
    }
}
