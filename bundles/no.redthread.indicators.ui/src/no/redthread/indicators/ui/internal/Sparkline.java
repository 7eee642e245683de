package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import no.redthread.indicators.Numbers;
import no.redthread.indicators.analysis.Observation;

/**
 * A sparkline: the latest values of a series as a thin line drawn with a {@link GC} into an area (x by period, y
 * scaled between the smallest and the largest value), the latest value marked with a dot. Nothing is drawn for fewer
 * than two values. A tile paints it on its own canvas ({@link DashboardTileCanvas}); no widget of its own.
 */
final class Sparkline {

    static final int HEIGHT = 28;
    static final int MARGIN = 3;
    static final int MARK = 5;
    static final Color LINE = new Color(70, 70, 70);
    static final Color MARK_COLOUR = new Color(0, 0, 0);

    private final List<Observation> values;

    /** @param values observations with a value, oldest first */
    Sparkline(List<Observation> values) {
        this.values = List.copyOf(values);
    }

    /** The values drawn, oldest first. */
    double[] values() {
        return values.stream().mapToDouble(Observation::value).toArray();
    }

    /** The latest value (the marked point), or NaN without values. */
    double latest() {
        return values.isEmpty() ? Double.NaN : values.get(values.size() - 1).value();
    }

    /** "period: value" per line, oldest first (the tile's tooltip). */
    String describe() {
        StringBuilder text = new StringBuilder();
        values.forEach(o -> text.append(text.isEmpty() ? "" : "\n").append(o.period()).append(": ")
                .append(Numbers.format(o.value())));
        return text.toString();
    }

    /** The points of the line in an area; the last is the latest value. Empty for fewer than two values. */
    List<Point> points(Rectangle area) {
        List<Point> points = new ArrayList<>();
        int n = values.size();
        if (n < 2) {
            return points;
        }
        double firstTime = values.get(0).time();
        double timeSpan = values.get(n - 1).time() - firstTime;
        double min = values.stream().mapToDouble(Observation::value).min().orElse(0);
        double span = values.stream().mapToDouble(Observation::value).max().orElse(0) - min;
        int width = Math.max(1, area.width - 2 * MARGIN);
        int height = Math.max(1, area.height - 2 * MARGIN);
        for (int i = 0; i < n; i++) {
            Observation observation = values.get(i);
            double x = timeSpan > 0 ? (observation.time() - firstTime) / timeSpan : (double) i / (n - 1);
            double y = span > 0 ? (observation.value() - min) / span : 0.5;
            points.add(new Point(area.x + MARGIN + (int) Math.round(x * width),
                    area.y + MARGIN + (int) Math.round((1 - y) * height)));
        }
        return points;
    }

    /** Draws the line and the mark of the latest value into an area of a GC. */
    void paint(GC gc, Rectangle area) {
        List<Point> points = points(area);
        if (points.isEmpty()) {
            return;
        }
        int[] polyline = new int[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            polyline[2 * i] = points.get(i).x;
            polyline[2 * i + 1] = points.get(i).y;
        }
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(1);
        gc.setForeground(LINE);
        gc.drawPolyline(polyline);
        Point latest = points.get(points.size() - 1);
        gc.setBackground(MARK_COLOUR);
        gc.fillOval(latest.x - MARK / 2, latest.y - MARK / 2, MARK, MARK);
    }
}
