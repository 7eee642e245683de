package no.redthread.report.internal;

import java.util.ArrayList;
import java.util.List;

import no.redthread.report.Block;

/**
 * Where the parts of a chart go, for both renderers: horizontal stacked bars (the dimension names fit beside them,
 * however long), a value axis with round steps, and segments in series order. Lengths are in the renderer's unit
 * (PDF points, SVG pixels), measured from the plot's left edge and top.
 */
public final class ChartGeometry {

    public static final float BAR = 18f;
    public static final float GAP = 8f;
    /** At most this many steps on the value axis. */
    private static final int MAX_TICKS = 8;

    /**
     * One segment of a bar.
     *
     * @param series the index of its series (colour, legend)
     * @param x where it starts
     * @param width how long it is
     * @param value what it counts
     */
    public record Segment(int series, float x, float width, int value) {
    }

    private final Block.Chart chart;
    private final float plotWidth;
    private final int step;
    private final int max;

    public ChartGeometry(Block.Chart chart, float plotWidth) {
        this.chart = chart;
        this.plotWidth = plotWidth;
        int largest = 1;
        for (int i = 0; i < chart.categories().size(); i++) {
            largest = Math.max(largest, chart.total(i));
        }
        this.step = step(largest);
        this.max = (largest + step - 1) / step * step;
    }

    /** 1, 2, 5, 10, 20, 50, …: the smallest that needs no more than {@value #MAX_TICKS} steps. */
    private static int step(int largest) {
        for (int magnitude = 1;; magnitude *= 10) {
            for (int factor : new int[] {1, 2, 5}) {
                if (largest <= factor * magnitude * MAX_TICKS) {
                    return factor * magnitude;
                }
            }
        }
    }

    /** The values marked on the axis, from 0 to the axis's end. */
    public List<Integer> ticks() {
        List<Integer> ticks = new ArrayList<>();
        for (int value = 0; value <= max; value += step) {
            ticks.add(value);
        }
        return ticks;
    }

    public float x(int value) {
        return value * plotWidth / max;
    }

    /** The top of a bar, from the top of the plot. */
    public float barTop(int category) {
        return category * (BAR + GAP);
    }

    public float plotHeight() {
        return chart.categories().isEmpty() ? 0 : chart.categories().size() * (BAR + GAP) - GAP;
    }

    /** The non-empty segments of a bar, left to right. */
    public List<Segment> segments(int category) {
        List<Segment> segments = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < chart.series().size(); i++) {
            int value = chart.series().get(i).values().get(category);
            if (value > 0) {
                segments.add(new Segment(i, x(sum), x(sum + value) - x(sum), value));
                sum += value;
            }
        }
        return segments;
    }

    /** Whether a label on the colour should be white rather than black, for contrast. */
    public static boolean darkColour(int rgb) {
        double luminance = 0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF);
        return luminance < 140;
    }
}
