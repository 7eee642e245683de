import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import no.redthread.indicators.ui.internal.CompareChart;
import no.redthread.indicators.ui.internal.SeriesStyle;

/**
 * Benchmark (not a test): redraw time of indicator charts with 357 municipalities × 28 years on real SWT (run under
 * Xvfb by bench/indicators). Three charts in windows of the same size are redrawn in turn, so "before" and "after"
 * share the machine's load:
 *
 * <ul>
 * <li><b>before</b>: a line chart of 357 series styled as the indicator view styled every series until now (its
 * colour palette, circle symbols, a legend entry each);</li>
 * <li><b>after</b>: the same data as the indicator view draws peers now ({@link SeriesStyle}): 356 background lines
 * (grey, thin, no symbols, no legend entry) and the own series highlighted;</li>
 * <li><b>compare</b>: the compare view's horizontal bar chart ({@link CompareChart}) of 357 municipalities;</li>
 * <li>and, to show where the time goes, "before" without symbols, "before" without legend entries, and the compare
 * chart with SWTChart's default dotted grid line per category (one per bar), as it was first drawn.</li>
 * </ul>
 *
 * What is timed: from {@code chart.redraw(); chart.update();} until the chart's plot area has been painted and every
 * event that redraw queued has been dispatched (the timestamp of the last paint event of the chart and its children).
 * On GTK {@code update()} may leave the paint to the next frame, so the loop dispatches events until the plot area's
 * paint listener has run (a redraw without a paint within 2 s counts as missed). Prints medians, minimum and maximum
 * over the timed redraws after warm-up, and the heap each chart retains. Asserts nothing.
 *
 * <p>Usage: {@code java -cp <swt, swtchart, indicators.ui jars> IndicatorRedrawBench.java [redraws] [out folder]}.
 */
public final class IndicatorRedrawBench {

    static final int MUNICIPALITIES = 357;
    static final int YEARS = 28;
    static final int WARM_UP = 5;

    private static long lastPaint;
    private static boolean plotPainted;

    public static void main(String[] args) throws Exception {
        int redraws = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path out = Path.of(args.length > 1 ? args[1] : "bench/target");
        Files.createDirectories(out);
        double[][] xs = new double[MUNICIPALITIES][YEARS];
        double[][] ys = new double[MUNICIPALITIES][YEARS];
        data(xs, ys);
        Display display = new Display();
        System.out.printf("%d series x %d years; SWT %s on %s, %d cores, windows 1200x800%n", MUNICIPALITIES, YEARS,
                SWT.getVersion(), SWT.getPlatform(), Runtime.getRuntime().availableProcessors());
        List<String> names = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        List<Long> heap = new ArrayList<>();
        long base = usedHeap();
        add(display, "before", names, charts, heap, shell -> before(shell, xs, ys, true, true));
        add(display, "after", names, charts, heap, shell -> after(shell, xs, ys));
        add(display, "compare", names, charts, heap, shell -> compare(shell, ys, false));
        // why "before" is slow: the same chart without one of its costs each
        add(display, "before, no symbols", names, charts, heap, shell -> before(shell, xs, ys, false, true));
        add(display, "before, no legend", names, charts, heap, shell -> before(shell, xs, ys, true, false));
        // and the compare view's bars as they were first drawn: with SWTChart's dotted grid line per category
        add(display, "compare, grid per bar", names, charts, heap, shell -> compare(shell, ys, true));
        long[][] times = new long[charts.size()][redraws];
        int[] missed = new int[charts.size()];
        for (int round = 0; round < WARM_UP + redraws; round++) {
            for (int c = 0; c < charts.size(); c++) {
                long time = redraw(display, charts.get(c));
                if (time < 0) {
                    missed[c]++;
                } else if (round >= WARM_UP) {
                    times[c][round - WARM_UP] = time;
                }
            }
        }
        for (int c = 0; c < charts.size(); c++) {
            long[] sorted = times[c].clone();
            Arrays.sort(sorted);
            System.out.printf("%-22s redraw median %6.1f ms (min %6.1f, max %6.1f, %d redraws, %d missed), heap %5.1f MB%n",
                    names.get(c), sorted[redraws / 2] / 1e6, sorted[0] / 1e6, sorted[redraws - 1] / 1e6, redraws,
                    missed[c], heap.get(c) / 1e6);
            if (c < 3) {
                charts.get(c).save(out.resolve("redraw-" + names.get(c) + ".png").toString(), SWT.IMAGE_PNG);
            }
        }
        System.out.printf("all charts: heap %.1f MB; speed-up after/before: %.1fx; pictures of the first three in %s%n",
                (usedHeap() - base) / 1e6, median(times[0]) / median(times[1]), out);
        display.dispose();
    }

    /** A random walk per municipality around a level of its own, so the lines spread like real indicators. */
    static void data(double[][] xs, double[][] ys) {
        Random random = new Random(2024);
        for (int m = 0; m < MUNICIPALITIES; m++) {
            double value = 60 + random.nextGaussian() * 12;
            for (int y = 0; y < YEARS; y++) {
                xs[m][y] = 1997 + y;
                value += random.nextGaussian();
                ys[m][y] = value;
            }
        }
    }

    private static void add(Display display, String name, List<String> names, List<Chart> charts, List<Long> heap,
            java.util.function.Function<Shell, Chart> build) {
        long before = usedHeap();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1200, 800);
        Chart chart = build.apply(shell);
        shell.open();
        Consumer<Control> listen = control -> control.addListener(SWT.Paint, e -> lastPaint = System.nanoTime());
        listen.accept(chart);
        Arrays.stream(chart.getChildren()).forEach(listen);
        chart.getPlotArea().getControl().addListener(SWT.Paint, e -> plotPainted = true);
        while (display.readAndDispatch()) {
            // first paint
        }
        names.add(name);
        charts.add(chart);
        heap.add(usedHeap() - before);
    }

    /** The indicator view's style until now, for every series: palette colour, circles, legend entry. */
    static Chart before(Shell shell, double[][] xs, double[][] ys, boolean symbols, boolean legend) {
        int[] palette = { SWT.COLOR_BLUE, SWT.COLOR_RED, SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN,
            SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_GRAY, SWT.COLOR_MAGENTA, SWT.COLOR_DARK_BLUE };
        Chart chart = new Chart(shell, SWT.NONE);
        for (int m = 0; m < MUNICIPALITIES; m++) {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "m" + m);
            line.setXSeries(xs[m]);
            line.setYSeries(ys[m]);
            line.setLineColor(shell.getDisplay().getSystemColor(palette[m % palette.length]));
            line.setSymbolType(symbols ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE);
            line.setVisibleInLegend(legend);
        }
        chart.getAxisSet().adjustRange();
        return chart;
    }

    /** The indicator view's style now: the crowd in the background, the own series highlighted. */
    static Chart after(Shell shell, double[][] xs, double[][] ys) {
        Chart chart = new Chart(shell, SWT.NONE);
        Color grey = SeriesStyle.grey();
        for (int m = 1; m < MUNICIPALITIES; m++) {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "peer:m" + m);
            line.setXSeries(xs[m]);
            line.setYSeries(ys[m]);
            SeriesStyle.background(line, grey);
        }
        ILineSeries<?> own = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "m0");
        own.setXSeries(xs[0]);
        own.setYSeries(ys[0]);
        SeriesStyle.highlight(own, shell.getDisplay().getSystemColor(SWT.COLOR_BLUE));
        chart.getAxisSet().adjustRange();
        return chart;
    }

    /** The compare view's bars of the latest year, best first, one highlighted; optionally with a grid line per bar. */
    static Chart compare(Shell shell, double[][] ys, boolean gridPerBar) {
        double[] latest = Arrays.stream(ys).mapToDouble(y -> y[YEARS - 1]).toArray();
        Integer[] order = new Integer[MUNICIPALITIES];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(latest[b], latest[a]));
        List<String> names = new ArrayList<>();
        double[] values = new double[MUNICIPALITIES];
        for (int i = 0; i < MUNICIPALITIES; i++) {
            names.add("Kommune " + order[i]);
            values[i] = latest[order[i]];
        }
        CompareChart chart = new CompareChart(shell);
        chart.show("357 kommuner", "prosent", names, values, Arrays.asList(order).indexOf(0));
        if (gridPerBar) {
            chart.chart().getAxisSet().getXAxis(0).getGrid().setStyle(LineStyle.DOT);
        }
        return chart.chart();
    }

    /** Nanoseconds from redraw() to the last paint it caused, or -1 when the plot area was not painted within 2 s. */
    static long redraw(Display display, Chart chart) {
        chart.getShell().moveAbove(null); // the windows overlap: a covered chart would paint less
        while (display.readAndDispatch()) {
            // the raise's own paint, and nothing of an earlier redraw, may count for this one
        }
        plotPainted = false;
        lastPaint = 0;
        long start = System.nanoTime();
        chart.redraw();
        chart.update();
        long deadline = start + 2_000_000_000L;
        while (!plotPainted && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(1, () -> { });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // the rest of the same redraw (legend, axes)
        }
        return plotPainted ? lastPaint - start : -1;
    }

    static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
