import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

/**
 * Benchmark (not a test): imports 357 municipalities × 100 indicators × 28 years (999,600 cells) from a generated
 * JSON-stat 2.0 file, N times into a fresh workspace, and prints the median import time (read + build + apply)
 * and the heap the imported model retains. Prints figures, asserts nothing.
 *
 * <p>Usage: {@code java -cp <bundle jars> IndicatorImportBench.java [runs] [work folder]}; bench/indicators runs it.
 */
public final class IndicatorImportBench {

    static final int REGIONS = 357;
    static final int INDICATORS = 100;
    static final int YEARS = 28;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path folder = Path.of(args.length > 1 ? args[1] : "bench/target");
        Files.createDirectories(folder);
        List<String> regions = new ArrayList<>();
        for (int r = 0; r < REGIONS; r++) {
            regions.add(String.format("%04d", 1001 + r));
        }
        Path file = folder.resolve("indicators-1m.json");
        generate(file, regions);
        RegionCodes known = RegionCodes.of(regions, List.of(), RegionCodes.kostraGroups());
        System.out.printf("file: %s, %.1f MB, %d cells%n", file, Files.size(file) / 1e6, REGIONS * INDICATORS * YEARS);

        long baseline = usedHeap();
        long[] total = new long[runs];
        long[] read = new long[runs];
        long[] build = new long[runs];
        long[] apply = new long[runs];
        IndicatorWorkspace kept = null;
        int values = 0;
        for (int run = 0; run < runs; run++) {
            kept = null;
            IndicatorWorkspace workspace = workspace();
            IndicatorSet set = workspace.getSets().get(0);
            long t0 = System.nanoTime();
            JsonStatDataset data = JsonStatReader.read(file);
            long t1 = System.nanoTime();
            JsonStatMapping mapping = JsonStatMapping.guess(data);
            for (Indicator indicator : set.getIndicators()) {
                mapping = mapping.withIndicator(indicator.getCode(), indicator);
            }
            ImportResult result = IndicatorImporter.fromJsonStat(data, mapping, known);
            long t2 = System.nanoTime();
            result.command().execute();
            long t3 = System.nanoTime();
            read[run] = t1 - t0;
            build[run] = t2 - t1;
            apply[run] = t3 - t2;
            total[run] = t3 - t0;
            values = result.valueCount();
            System.out.printf("run %d: %.0f ms (read %.0f, build %.0f, apply %.0f)%n", run + 1, ms(total[run]),
                    ms(read[run]), ms(build[run]), ms(apply[run]));
            kept = workspace;
        }
        long retained = usedHeap() - baseline;
        int series = kept.getSets().get(0).getIndicators().stream().mapToInt(i -> i.getSeries().size()).sum();
        System.out.printf("values imported per run: %d in %d series%n", values, series);
        System.out.printf("median import time: %.0f ms (read %.0f, build %.0f, apply %.0f) over %d runs%n",
                ms(median(total)), ms(median(read)), ms(median(build)), ms(median(apply)), runs);
        System.out.printf("heap retained by the imported model: %.1f MB (%.1f bytes per value)%n", retained / 1e6,
                retained / (double) values);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap used after GC: %.1f MB of max %.0f MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6, runtime.maxMemory() / 1e6);
    }

    private static IndicatorWorkspace workspace() {
        IndicatorsFactory factory = IndicatorsFactory.eINSTANCE;
        IndicatorWorkspace workspace = factory.createIndicatorWorkspace();
        workspace.setId("bench");
        IndicatorSet set = factory.createIndicatorSet();
        set.setId("bench-set");
        workspace.getSets().add(set);
        for (int i = 0; i < INDICATORS; i++) {
            Indicator indicator = factory.createIndicator();
            indicator.setId("bench-" + i);
            indicator.setCode("KOSbench" + i);
            indicator.setDirection(DesiredDirection.HIGHER_IS_BETTER);
            set.getIndicators().add(indicator);
        }
        return workspace;
    }

    /** A PxWebApi-shaped dataset: ContentsCode × Region × Tid, some nulls with SSB status markers. */
    private static void generate(Path file, List<String> regions) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"Benchmark\",\"source\":\"Redthread\","
                    + "\"updated\":\"2025-06-15T06:00:00Z\",\"id\":[\"ContentsCode\",\"Region\",\"Tid\"],\"size\":["
                    + INDICATORS + "," + REGIONS + "," + YEARS + "],\"role\":{\"time\":[\"Tid\"],\"geo\":[\"Region\"],"
                    + "\"metric\":[\"ContentsCode\"]},\"dimension\":{");
            out.write("\"ContentsCode\":{\"category\":{\"index\":" + quoted(INDICATORS, i -> "KOSbench" + i) + "}},");
            out.write("\"Region\":{\"category\":{\"index\":" + quoted(REGIONS, regions::get) + "}},");
            out.write("\"Tid\":{\"category\":{\"index\":" + quoted(YEARS, y -> String.valueOf(1997 + y)) + "}}},");
            out.write("\"value\":[");
            StringBuilder status = new StringBuilder("\"status\":{");
            int cells = INDICATORS * REGIONS * YEARS;
            for (int i = 0; i < cells; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (i % 211 == 0) {
                    out.write("null");
                    status.append(status.length() > 10 ? "," : "").append('"').append(i).append("\":\"..\"");
                } else {
                    out.write(Double.toString(Math.round((50 + 40 * Math.sin(i * 0.001) + (i % 7)) * 10) / 10.0));
                }
            }
            out.write("]," + status + "}}");
        }
    }

    private static String quoted(int count, java.util.function.IntFunction<String> code) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "\"" : ",\"").append(code.apply(i)).append('"');
        }
        return text.append(']').toString();
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }
}
