package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.imports.CsvMapping;
import no.redthread.indicators.imports.CsvReader;
import no.redthread.indicators.imports.CsvTable;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.imports.IndicatorImporter;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;

/** Importing CSV tables: long and wide layouts, SSB's symbols, and every fault with row and column. */
@ExtendWith(EnglishTexts.class)
class CsvImportTest {

    private final Indicator indicator = Fixtures.indicator("kindergarten", DesiredDirection.HIGHER_IS_BETTER);

    private Series series(Indicator of, String organisation) {
        return IndicatorAnalysis.series(of, organisation).orElseThrow();
    }

    private ImportResult importText(String text) throws ImportException {
        CsvTable table = CsvReaderTest.read(text);
        return IndicatorImporter.fromCsv(table, CsvMapping.guess(table).withIndicator(indicator), Fixtures.regions());
    }

    @Test
    void importsAMunicipalityExportInWindows1252WithDecimalComma() throws ImportException {
        CsvTable table = CsvReader.read(Fixtures.bytes("kommune_export_cp1252.csv"), "kommune.csv");
        CsvMapping mapping = CsvMapping.guess(table);
        assertEquals(0, mapping.regionColumn());
        assertEquals(2, mapping.timeColumn());
        assertEquals(-1, mapping.contentColumn());
        assertEquals(List.of(3), mapping.valueColumns(), "the name column holds no numbers");
        new BasicCommandStack().execute(IndicatorImporter.fromCsv(table, mapping.withIndicator(indicator),
                Fixtures.regions()).command());
        assertArrayEquals(new String[] {"2022", "2023"}, series(indicator, "3101").getPeriods());
        assertArrayEquals(new double[] {91.8, 92.5}, series(indicator, "3101").getValues());
        assertArrayEquals(new double[] {95.1}, series(indicator, "3201").getValues());
        assertArrayEquals(new double[] {89.9}, series(indicator, "0301").getValues());
    }

    @Test
    void importsSsbsWideExportWithAContentColumnAndSymbols() throws ImportException {
        Indicator points = Fixtures.indicator("points", DesiredDirection.HIGHER_IS_BETTER);
        Indicator groups = Fixtures.indicator("groups", DesiredDirection.LOWER_IS_BETTER);
        CsvTable table = CsvReader.read(Fixtures.bytes("ssb_grunnskole_semicolon.csv"), "ssb.csv");
        CsvMapping mapping = CsvMapping.guess(table);
        assertEquals(List.of(0, -1, 1, 3), List.of(mapping.regionColumn(), mapping.timeColumn(),
                mapping.contentColumn(), mapping.valueColumns().size()));
        ImportResult result = IndicatorImporter.fromCsv(table, mapping
                .withIndicator("Gjennomsnittlige grunnskolepoeng", points).withIndicator("Gruppestørrelse 2", groups),
                Fixtures.regions());
        assertEquals(11, result.valueCount());
        assertEquals(4, result.markedCount());
        new BasicCommandStack().execute(result.command());
        assertArrayEquals(new double[] {39.0, 39.8, Double.NaN}, series(points, "3101").getValues());
        assertArrayEquals(new String[] {null, null, ":"}, series(points, "3101").getStatuses());
        assertArrayEquals(new double[] {41.2, 41.5, 41.9}, series(points, "0").getValues(), "EAK Landet");
        assertArrayEquals(new String[] {".", "..", "..."}, series(groups, "3103").getStatuses());
    }

    @Test
    void importsTheWideLayoutWithPeriodsInTheHeadings() throws ImportException {
        ImportResult result = importText("""
                "region";"Personer 2023";"Personer 2024K1"
                "3101 Halden";31 800;31 850
                "K-3103 Moss";51 000;-
                """);
        new BasicCommandStack().execute(result.command());
        assertArrayEquals(new String[] {"2023", "2024K1"}, series(indicator, "3101").getPeriods());
        assertArrayEquals(new double[] {31800, 31850}, series(indicator, "3101").getValues());
        assertArrayEquals(new double[] {51000, 0}, series(indicator, "3103").getValues(), "- is nil");
        assertArrayEquals(new String[] {null, "-"}, series(indicator, "3103").getStatuses());
    }

    @Test
    void readsDecimalPointAndThousandsInACommaFile() throws ImportException {
        ImportResult result = importText("""
                "kommune","år","verdi"
                "3101","2024","1,234.5"
                "3103","2024","-0.25"
                """);
        new BasicCommandStack().execute(result.command());
        assertArrayEquals(new double[] {1234.5}, series(indicator, "3101").getValues());
        assertArrayEquals(new double[] {-0.25}, series(indicator, "3103").getValues());
    }

    @Test
    void aNonNumericCellStopsTheImportWithRowAndColumn() {
        ImportException e = assertThrows(ImportException.class, () -> importText("""
                kommune;år;verdi
                3101;2023;12,5
                3101;2024;tolv
                """));
        assertEquals("test.csv, row 3, column 3: 'tolv' is not a number", e.getMessage());
        assertTrue(indicator.getSeries().isEmpty(), "nothing imported");
    }

    @Test
    void anUnknownRegionCodeStopsTheImportWithRowAndColumn() {
        ImportException e = assertThrows(ImportException.class, () -> importText("""
                kommune;år;verdi
                3101;2023;12,5
                9999 Atlantis;2023;13,5
                """));
        assertEquals("row 3, column 1", e.position());
        assertTrue(e.problem().contains("'9999'"), e.problem());
        assertTrue(indicator.getSeries().isEmpty());
    }

    @Test
    void aCellThatIsNotAPeriodOrASecondValueForAPeriodIsAFault() {
        ImportException period = assertThrows(ImportException.class, () -> importText("""
                kommune;år;verdi
                3101;i fjor;12,5
                """));
        assertEquals("row 2, column 2", period.position());
        ImportException twice = assertThrows(ImportException.class, () -> importText("""
                kommune;år;verdi
                3101;2023;12,5
                3101;2023;13,5
                """));
        assertEquals("row 3, column 3", twice.position());
    }

    @Test
    void withoutARegionColumnOrIndicatorTheImportCannotRun() throws ImportException {
        CsvTable table = CsvReaderTest.read("a;b\n1;2\n");
        assertThrows(ImportException.class, () -> IndicatorImporter.fromCsv(table,
                CsvMapping.of(-1, -1, -1, List.of(1)).withIndicator(indicator), Fixtures.regions()));
        assertThrows(ImportException.class, () -> IndicatorImporter.fromCsv(table,
                CsvMapping.of(0, -1, -1, List.of(1)), Fixtures.regions()));
    }
}
