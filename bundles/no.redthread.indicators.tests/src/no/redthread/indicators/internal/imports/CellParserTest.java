package no.redthread.indicators.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers and SSB's standard symbols in CSV cells. */
class CellParserTest {

    private final CellParser comma = new CellParser(true);
    private final CellParser point = new CellParser(false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12,5|12.5", "1 234,5|1234.5", "1\u00a0234,5|1234.5", "1.234,5|1234.5",
        "-0,25|-0.25", "\u22120,5|-0.5", "31800|31800", " 7 |7"})
    void decimalComma(String cell, double value) {
        assertEquals(value, comma.parse(cell).value(), 1e-12);
        assertNull(comma.parse(cell).status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.5|12.5", "1,234.5|1234.5", "1,234,567|1234567", "12,5|12.5",
        "1e3|1000", "-.5|-0.5"})
    void decimalPoint(String cell, double value) {
        assertEquals(value, point.parse(cell).value(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "...", ":"})
    void symbolsAreMissingValuesWithTheirStatus(String symbol) {
        assertTrue(Double.isNaN(comma.parse(symbol).value()));
        assertEquals(symbol, comma.parse(symbol).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolv", "12,5 %", "NaN", "Infinity", "0x1F", "1,2,3,4"})
    void otherTextIsNotANumber(String cell) {
        assertThrows(NumberFormatException.class, () -> comma.parse(cell));
    }

    @org.junit.jupiter.api.Test
    void nilIsZeroAndEmptyIsMissing() {
        assertEquals(0, comma.parse("-").value());
        assertEquals("-", comma.parse("-").status());
        assertTrue(comma.parse("  ").isEmpty());
    }
}
