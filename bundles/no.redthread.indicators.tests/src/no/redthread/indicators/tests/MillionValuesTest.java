package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.imports.IndicatorImporter;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.imports.JsonStatMapping;
import no.redthread.indicators.imports.JsonStatReader;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;

/** A million values (357 municipalities × 100 indicators × 28 years) import and fit in well under 300 MB. */
class MillionValuesTest {

    static final int REGIONS = 357;
    static final int CONTENTS = 100;
    static final int YEARS = 28;

    static byte[] generate(List<String> regions) {
        StringBuilder json = new StringBuilder(10_000_000);
        json.append("{\"version\":\"2.0\",\"class\":\"dataset\",\"updated\":\"2025-06-15T06:00:00Z\",")
                .append("\"id\":[\"ContentsCode\",\"Region\",\"Tid\"],\"size\":[").append(CONTENTS).append(',')
                .append(REGIONS).append(',').append(YEARS).append("],\"role\":{\"time\":[\"Tid\"],\"geo\":[\"Region\"],")
                .append("\"metric\":[\"ContentsCode\"]},\"dimension\":{\"ContentsCode\":{\"category\":{\"index\":[");
        for (int c = 0; c < CONTENTS; c++) {
            json.append(c == 0 ? "" : ",").append("\"C").append(c).append('"');
        }
        json.append("]}},\"Region\":{\"category\":{\"index\":[");
        for (int r = 0; r < REGIONS; r++) {
            json.append(r == 0 ? "" : ",").append('"').append(regions.get(r)).append('"');
        }
        json.append("]}},\"Tid\":{\"category\":{\"index\":[");
        for (int y = 0; y < YEARS; y++) {
            json.append(y == 0 ? "" : ",").append('"').append(1997 + y).append('"');
        }
        json.append("]}}},\"value\":[");
        for (int i = 0; i < CONTENTS * REGIONS * YEARS; i++) {
            json.append(i == 0 ? "" : ",").append(i % 97 == 0 ? "null" : String.valueOf((i % 1000) / 10.0));
        }
        return json.append("],\"status\":{\"0\":\"..\"}}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void aMillionValuesImportAndTheModelTakesLessThan300Mb() throws Exception {
        List<String> regions = new ArrayList<>();
        for (int r = 0; r < REGIONS; r++) {
            regions.add(String.format("%04d", 1000 + r));
        }
        byte[] file = generate(regions);
        long before = usedHeap();
        IndicatorWorkspace workspace = IndicatorsFactory.eINSTANCE.createIndicatorWorkspace();
        workspace.setId("ws");
        IndicatorSet set = IndicatorsFactory.eINSTANCE.createIndicatorSet();
        set.setId("set");
        workspace.getSets().add(set);
        JsonStatDataset data = JsonStatReader.read(new ByteArrayInputStream(file), "million.json");
        JsonStatMapping mapping = JsonStatMapping.guess(data);
        for (int c = 0; c < CONTENTS; c++) {
            Indicator indicator = IndicatorsFactory.eINSTANCE.createIndicator();
            indicator.setId("i" + c);
            indicator.setDirection(DesiredDirection.HIGHER_IS_BETTER);
            set.getIndicators().add(indicator);
            mapping = mapping.withIndicator("C" + c, indicator);
        }
        ImportResult result = IndicatorImporter.fromJsonStat(data, mapping,
                RegionCodes.of(regions, List.of(), List.of()));
        new BasicCommandStack().execute(result.command());
        int cells = CONTENTS * REGIONS * YEARS;
        int nulls = (cells + 96) / 97;
        assertEquals(cells - nulls, result.valueCount());
        assertEquals(1, result.markedCount(), "cell 0 is null with a status");
        assertEquals(REGIONS, set.getIndicators().get(42).getSeries().size());
        result = null;
        data = null;
        long model = usedHeap() - before;
        System.out.printf("1,000,000 values: model retains %.1f MB%n", model / 1e6);
        assertTrue(model < 300_000_000L, "the model takes " + model / 1_000_000 + " MB");
        assertEquals(CONTENTS, workspace.getSets().get(0).getIndicators().size(), "keeps the model alive");
    }
}
