package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.redthread.indicators.imports.ImportException;

/**
 * A reader's syntax and structure faults speak the user's language (the default locale, which the workbench sets from
 * the preference): bokmål first, nynorsk, English. Row and index numbers are written without digit grouping.
 */
class FaultLanguageTest {

    private static final Locale BOKMAAL = Locale.of("nb", "NO");
    private static final Locale NYNORSK = Locale.of("nn", "NO");

    private Locale locale;

    @BeforeEach
    void rememberTheLocale() {
        locale = Locale.getDefault();
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(locale);
    }

    @Test
    void anUnclosedCsvQuoteReadsInTheUsersLanguage() {
        String csv = "a;b\n1;\"open\n2;3\n";
        Locale.setDefault(BOKMAAL);
        assertEquals("test.csv, rad 2: har en celle i anf\u00f8rselstegn som ikke er lukket", csvFault(csv).getMessage());
        Locale.setDefault(NYNORSK);
        assertEquals("test.csv, rad 2: har ei celle i hermeteikn som ikkje er lukka", csvFault(csv).getMessage());
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("test.csv, row 2: has a quoted cell that is not closed", csvFault(csv).getMessage());
    }

    @Test
    void aRaggedCsvRowFarDownIsNamedWithoutDigitGrouping() {
        String csv = "region;\u00e5r;verdi\n" + "3101;2024;1\n".repeat(1500) + "3103;2024\n";
        Locale.setDefault(BOKMAAL);
        ImportException e = csvFault(csv);
        assertEquals("rad 1502", e.position());
        assertEquals("har 2 celler, men overskriftsraden (rad 1) har 3", e.problem());
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("test.csv, row 1502: has 2 cells, but the header (row 1) has 3", csvFault(csv).getMessage());
    }

    @Test
    void aCutOffJsonFileSaysSoInTheUsersLanguage() {
        Locale.setDefault(BOKMAAL);
        ImportException cut = jsonFault("{\"version\": \"2.0\", \"value\": [1, 2,");
        assertEquals("er ikke gyldig JSON: filen slutter før innholdet er ferdig (er hele filen med?)", cut.problem());
    }

    @Test
    void invalidJsonReadsInTheUsersLanguage() {
        String json = "{\"version\":\"2.0\",\n\"value\":[1,2,}";
        Locale.setDefault(BOKMAAL);
        ImportException norwegian = jsonFault(json);
        assertTrue(norwegian.getMessage().startsWith("test.json, linje 2, kolonne "), norwegian.getMessage());
        assertEquals("er ikke gyldig JSON: uventet tegn «}»", norwegian.problem(), "no English words from the JSON parser");
        Locale.setDefault(Locale.ENGLISH);
        ImportException english = jsonFault(json);
        assertTrue(english.getMessage().startsWith("test.json, line 2, column "), english.getMessage());
        assertEquals("is not valid JSON: unexpected character «}»", english.problem());
        assertEquals(english.position().replace("line", "linje").replace("column", "kolonne"), norwegian.position(),
                "the same line and column in both languages");
    }

    @Test
    void aJsonStatValueThatIsNotANumberReadsInTheUsersLanguage() {
        String json = """
                {"version":"2.0","class":"dataset","id":["Region"],"size":[2],
                 "dimension":{"Region":{"category":{"index":["3101","3103"]}}},
                 "value":[1,"n/a"]}""";
        Locale.setDefault(BOKMAAL);
        ImportException e = jsonFault(json);
        assertTrue(e.position().startsWith("verdi nr. 1 (linje 3, kolonne "), e.position());
        assertEquals("\u00abn/a\u00bb er ikke et tall", e.problem());
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("'n/a' is not a number", jsonFault(json).problem());
    }

    @Test
    void tooFewJsonStatValuesAreCountedWithoutDigitGrouping() {
        String codes = IntStream.range(0, 1500).mapToObj(i -> "\"" + i + "\"").collect(Collectors.joining(","));
        String values = IntStream.range(0, 1499).mapToObj(String::valueOf).collect(Collectors.joining(","));
        String json = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Tid\"],\"size\":[1500],"
                + "\"dimension\":{\"Tid\":{\"category\":{\"index\":[" + codes + "]}}},\"value\":[" + values + "]}";
        Locale.setDefault(BOKMAAL);
        assertEquals("test.json, verdi nr. 1499: filen har 1499 verdier, men dimensjonsst\u00f8rrelsene 1500 gir 1500 "
                + "celler", jsonFault(json).getMessage());
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("test.json, value index 1499: the file has 1499 values, but its dimension sizes 1500 give 1500 "
                + "cells", jsonFault(json).getMessage());
    }

    private static ImportException csvFault(String csv) {
        return assertThrows(ImportException.class, () -> CsvReaderTest.read(csv));
    }

    private static ImportException jsonFault(String json) {
        return assertThrows(ImportException.class, () -> JsonStatReaderTest.parse(json));
    }
}
