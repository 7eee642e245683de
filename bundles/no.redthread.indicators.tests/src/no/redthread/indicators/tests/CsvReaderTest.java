package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.indicators.imports.CsvReader;
import no.redthread.indicators.imports.CsvTable;
import no.redthread.indicators.imports.ImportException;

/** Reading CSV as SSB and municipalities write it: separators, quoting, decimal marks, encodings, title lines. */
@ExtendWith(EnglishTexts.class)
class CsvReaderTest {

    static CsvTable read(String text) throws ImportException {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    @Test
    void readsSsbsSemicolonExportWithBomTitleLineAndDecimalComma() throws ImportException {
        CsvTable table = CsvReader.read(Fixtures.bytes("ssb_grunnskole_semicolon.csv"), "ssb.csv");
        assertEquals(StandardCharsets.UTF_8, table.encoding());
        assertEquals(';', table.separator());
        assertTrue(table.decimalComma());
        assertEquals(List.of("12255: Grunnskole - nøkkeltall (K)"), table.titleLines());
        assertEquals(List.of("region", "statistikkvariabel", "2022", "2023", "2024"), table.header());
        assertEquals(3, table.headerLine());
        assertEquals(5, table.rowCount());
        assertEquals("3101 Halden", table.cell(0, 0));
        assertEquals("Gruppestørrelse 2", table.cell(3, 1));
        assertEquals("row 4, column 3", table.position(0, 2));
    }

    @Test
    void detectsWindows1252AndReadsTheNorwegianLetters() throws ImportException {
        CsvTable table = CsvReader.read(Fixtures.bytes("kommune_export_cp1252.csv"), "kommune.csv");
        assertEquals("windows-1252", table.encoding().name());
        assertEquals("Bærum", table.cell(2, 1));
        assertEquals("Andel barn 1–5 år i barnehage (%)", table.header().get(3));
        assertTrue(table.decimalComma());
    }

    @Test
    void detectsCommaSeparatorWithQuotedCellsAndDecimalPoint() throws ImportException {
        CsvTable table = read("""
                "region","år","Personer"
                "3101 Halden, Østfold","2024","31,800.5"
                "3103 Moss","2024","50000.25"
                """);
        assertEquals(',', table.separator());
        assertFalse(table.decimalComma());
        assertEquals("3101 Halden, Østfold", table.cell(0, 0));
        assertEquals("31,800.5", table.cell(0, 2));
    }

    @Test
    void detectsTabsAndKeepsQuotedQuotesAndLineBreaks() throws ImportException {
        CsvTable table = read("region\tår\tmerknad\n3101\t2024\t\"sa \"\"ja\"\"\nog nei\"\n3103\t2024\tx\n");
        assertEquals('\t', table.separator());
        assertEquals("sa \"ja\"\nog nei", table.cell(0, 2));
        assertEquals(List.of(2, 4), table.rowLines(), "a row with a quoted line break spans two lines");
    }

    @Test
    void blankLinesAndCrLfAreIgnored() throws ImportException {
        CsvTable table = read("a;b\r\n1;2\r\n\r\n3;4\r\n\r\n");
        assertEquals(2, table.rowCount());
        assertEquals(List.of(2, 4), table.rowLines());
    }

    @Test
    void aRaggedRowStopsTheReadWithItsRow() {
        ImportException e = assertThrows(ImportException.class, () -> read("a;b;c\n1;2;3\n4;5\n6;7;8\n"));
        assertEquals("test.csv, row 3: has 2 cells, but the header (row 1) has 3", e.getMessage());
        ImportException longer = assertThrows(ImportException.class, () -> read("a;b\n1;2\n3;4;5\n"));
        assertEquals("row 3", longer.position());
    }

    @Test
    void anUnclosedQuoteNamesTheRowItStartsOn() {
        ImportException e = assertThrows(ImportException.class, () -> read("a;b\n1;\"open\n2;3\n"));
        assertEquals("row 2", e.position());
    }

    @Test
    void aFileWithoutDataIsAFault() {
        assertThrows(ImportException.class, () -> read("\"just a title\"\n"));
    }

    @Test
    void readsAFileAndNamesIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("export.csv");
        Files.writeString(file, "a;b\n1;2\n");
        assertEquals("export.csv", CsvReader.read(file).origin());
    }
}
