package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.imports.CsvMapping;
import no.redthread.indicators.imports.CsvReader;
import no.redthread.indicators.imports.CsvTable;
import no.redthread.indicators.imports.ImportCancelledException;
import no.redthread.indicators.imports.ImportMonitor;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.imports.IndicatorImporter;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.imports.JsonStatMapping;
import no.redthread.indicators.imports.JsonStatReader;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;

/** A read or import cancelled while it runs stops at once, leaves no command and changes nothing. */
@ExtendWith(EnglishTexts.class)
class ImportCancelTest {

    static final List<String> REGIONS = List.of("3101", "3103", "3201", "3203", "0301");
    static final int YEARS = 2000;

    /** Cancels after the monitor has been asked {@code calls} times; records the progress it hears. */
    static final class CancelAfter implements ImportMonitor {
        final int calls;
        int asked;
        final List<Double> progress = new ArrayList<>();

        CancelAfter(int calls) {
            this.calls = calls;
        }

        @Override
        public boolean isCanceled() {
            return ++asked > calls;
        }

        @Override
        public void progress(double fraction) {
            progress.add(fraction);
        }
    }

    /** 5 regions × 2000 years (1001–3000) = 10,000 cells, all with a value. */
    static byte[] jsonStat() {
        StringBuilder json = new StringBuilder("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Region\",\"Tid\"],")
                .append("\"size\":[").append(REGIONS.size()).append(',').append(YEARS).append("],")
                .append("\"role\":{\"time\":[\"Tid\"],\"geo\":[\"Region\"]},\"dimension\":{\"Region\":{\"category\":")
                .append("{\"index\":[\"").append(String.join("\",\"", REGIONS)).append("\"]}},\"Tid\":{\"category\":")
                .append("{\"index\":[");
        for (int y = 0; y < YEARS; y++) {
            json.append(y == 0 ? "" : ",").append('"').append(1001 + y).append('"');
        }
        json.append("]}}},\"value\":[");
        for (int i = 0; i < REGIONS.size() * YEARS; i++) {
            json.append(i == 0 ? "" : ",").append(i % 100);
        }
        return json.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] csv() {
        StringBuilder csv = new StringBuilder("region;år;verdi\n");
        for (String region : REGIONS) {
            for (int y = 0; y < YEARS; y++) {
                csv.append(region).append(';').append(1001 + y).append(';').append(y % 100).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCancelledJsonStatImportLeavesNoCommandAndTheModelUnchanged() throws Exception {
        JsonStatDataset data = JsonStatReader.read(new ByteArrayInputStream(jsonStat()), "big.json");
        Indicator indicator = Fixtures.indicator("cancel", DesiredDirection.HIGHER_IS_BETTER);
        Series halden = IndicatorAnalysisTest.series(indicator, "3101", IndicatorAnalysisTest.years(3001, 3002), 1, 2);
        BasicCommandStack stack = new BasicCommandStack();
        JsonStatMapping mapping = JsonStatMapping.guess(data).withIndicator(indicator);

        CancelAfter cancel = new CancelAfter(1);
        ImportCancelledException e = assertThrows(ImportCancelledException.class,
                () -> IndicatorImporter.fromJsonStat(data, mapping, Fixtures.regions(), cancel));
        assertEquals(2, cancel.asked, "asked twice: the second time it said cancel");
        assertTrue(e.getMessage().startsWith("big.json, value index 8191"), e.getMessage());
        assertTrue(e.problem().contains("cancelled"), e.problem());
        assertEquals(List.of(halden), indicator.getSeries(), "the existing series is still the only one");
        assertArrayEquals(new double[] { 1, 2 }, halden.getValues());
        assertTrue(!stack.canUndo(), "no command was executed");

        // the same import without a cancel goes through: the test above can fail
        CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
        ImportResult result = IndicatorImporter.fromJsonStat(data, mapping, Fixtures.regions(), never);
        assertEquals(10_000, result.valueCount());
        assertTrue(never.asked >= 2, "asked every few thousand cells");
        for (int i = 1; i < never.progress.size(); i++) {
            assertTrue(never.progress.get(i) >= never.progress.get(i - 1), "progress only grows: " + never.progress);
        }
        stack.execute(result.command());
        assertEquals(5, indicator.getSeries().size());
        assertEquals(YEARS + 2, IndicatorAnalysis.series(indicator, "3101").orElseThrow().getPeriods().length,
                "merged with the old one");
    }

    @Test
    void aCancelWhileReadingStopsTheReader() {
        CancelAfter cancel = new CancelAfter(0);
        ImportCancelledException json = assertThrows(ImportCancelledException.class,
                () -> JsonStatReader.read(new ByteArrayInputStream(jsonStat()), "big.json", cancel));
        assertTrue(json.position().startsWith("value index 4095"), json.position());
        ImportCancelledException csv = assertThrows(ImportCancelledException.class,
                () -> CsvReader.read(csv(), "big.csv", new CancelAfter(0)));
        assertEquals("row 4096", csv.position(), "the 4096th record (the header is row 1)");
    }

    @Test
    void aCancelledCsvImportLeavesTheModelUnchanged() throws Exception {
        CsvTable table = CsvReader.read(csv(), "big.csv");
        Indicator indicator = Fixtures.indicator("csv-cancel", DesiredDirection.LOWER_IS_BETTER);
        CsvMapping mapping = CsvMapping.guess(table).withIndicator(indicator);
        CancelAfter cancel = new CancelAfter(1);
        ImportCancelledException e = assertThrows(ImportCancelledException.class,
                () -> IndicatorImporter.fromCsv(table, mapping, Fixtures.regions(), cancel));
        assertTrue(e.position().startsWith("row "), e.position());
        assertTrue(indicator.getSeries().isEmpty());
        ImportResult result = IndicatorImporter.fromCsv(table, mapping, Fixtures.regions(), ImportMonitor.NONE);
        assertEquals(10_000, result.valueCount());
        assertSame(indicator, result.indicators().iterator().next());
    }
}
