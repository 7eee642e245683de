package no.redthread.funding.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** The drawing of one paint of the timeline; the canvas decides the geometry, this draws it. */
final class TimelinePainter {

    private static final RGB SCHEME = new RGB(31, 90, 160);
    private static final RGB APPLICATION = new RGB(46, 125, 50);
    private static final RGB BUDGET = new RGB(123, 31, 162);
    private static final RGB TODAY = new RGB(198, 40, 40);

    static final int LEGEND_ROW = 20;

    private final GC gc;
    private final Display display;
    private final Timeline timeline;
    private final int left;
    private final int right;

    TimelinePainter(GC gc, Display display, Timeline timeline, int left, int right) {
        this.gc = gc;
        this.display = display;
        this.timeline = timeline;
        this.left = left;
        this.right = right;
    }

    /** A tick and a name per month ("jan"), and below them the year where the window and each year begin. */
    void months(int bottom) {
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        for (LocalDate month : timeline.months()) {
            int x = x(month);
            gc.setForeground(system(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawLine(x, TimelineCanvas.HEADER - 4, x, bottom);
            if (month.isBefore(timeline.end())) {
                gc.setForeground(system(SWT.COLOR_WIDGET_FOREGROUND));
                gc.drawText(Formats.month(month), x + 3, 1, true);
                if (month.equals(timeline.start()) || month.getMonthValue() == 1) {
                    gc.drawText(String.valueOf(month.getYear()), x + 3, TimelineCanvas.HEADER / 2 - 1, true);
                }
            }
        }
    }

    /** The rows {@code top} to {@code top + count - 1}, the chosen one highlighted. */
    void rows(int top, int count, int selected, boolean focused) {
        for (int i = top; i < top + count; i++) {
            Timeline.Row row = timeline.rows().get(i);
            int y = TimelineCanvas.HEADER + (i - top) * TimelineCanvas.ROW;
            if (i == selected) {
                gc.setBackground(system(focused ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_LIGHT_SHADOW));
                gc.fillRectangle(0, y, right, TimelineCanvas.ROW);
            }
            gc.setForeground(system(i == selected && focused ? SWT.COLOR_LIST_SELECTION_TEXT : SWT.COLOR_LIST_FOREGROUND));
            gc.setClipping(0, y, left - 6, TimelineCanvas.ROW);
            gc.drawText(row.label(), 6, y + 2, true);
            gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
            int middle = y + TimelineCanvas.ROW / 2;
            for (Timeline.Mark mark : row.marks()) {
                if (!mark.date().isBefore(timeline.start()) && mark.date().isBefore(timeline.end())) {
                    if (row.application()) {
                        circle(x(mark.date()), middle, APPLICATION);
                    } else {
                        diamond(x(mark.date()), middle, SCHEME, mark.estimated());
                    }
                }
            }
        }
    }

    void budget(int bottom) {
        Color colour = new Color(BUDGET);
        gc.setForeground(colour);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(2);
        for (Timeline.Mark mark : timeline.budget()) {
            int x = x(mark.date());
            gc.drawLine(x, TimelineCanvas.HEADER - 4, x, bottom);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    void today(int bottom) {
        gc.setForeground(new Color(TODAY));
        gc.setLineWidth(2);
        int x = x(timeline.today());
        gc.drawLine(x, TimelineCanvas.HEADER - 6, x, bottom);
        gc.setLineWidth(1);
    }

    /** What each mark means, from {@code y} down in rows as wide as {@code width}; returns the height drawn. */
    int legend(int top, int width) {
        List<Map.Entry<Runnable, String>> entries = List.of(
                Map.entry(() -> diamond(0, 0, SCHEME, false), "timeline.legend.deadline"),
                Map.entry(() -> diamond(0, 0, SCHEME, true), "timeline.legend.estimated"),
                Map.entry(() -> circle(0, 0, APPLICATION), "timeline.legend.application"),
                Map.entry(() -> line(BUDGET, SWT.LINE_DASH), "timeline.legend.budget"),
                Map.entry(() -> line(TODAY, SWT.LINE_SOLID), "timeline.legend.today"));
        int x = 6;
        int y = top;
        for (Map.Entry<Runnable, String> entry : entries) {
            String text = Messages.get(entry.getValue());
            int wide = 16 + gc.textExtent(text).x + 18;
            if (x > 6 && x + wide > width) {
                x = 6;
                y += LEGEND_ROW;
            }
            var transform = new org.eclipse.swt.graphics.Transform(display);
            transform.translate(x + 6, y + 9);
            gc.setTransform(transform);
            entry.getKey().run();
            gc.setTransform(null);
            transform.dispose();
            gc.setForeground(system(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(text, x + 16, y + 1, true);
            x += wide;
        }
        return y + LEGEND_ROW - top;
    }

    private void line(RGB rgb, int style) {
        gc.setForeground(new Color(rgb));
        gc.setLineStyle(style);
        gc.setLineWidth(2);
        gc.drawLine(0, -7, 0, 7);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private void diamond(int x, int y, RGB rgb, boolean estimated) {
        int[] points = {x, y - 6, x + 6, y, x, y + 6, x - 6, y};
        Color colour = new Color(rgb);
        if (estimated) {
            gc.setBackground(system(SWT.COLOR_LIST_BACKGROUND));
            gc.fillPolygon(points);
            gc.setForeground(colour);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawPolygon(points);
            gc.setLineStyle(SWT.LINE_SOLID);
        } else {
            gc.setBackground(colour);
            gc.fillPolygon(points);
        }
    }

    private void circle(int x, int y, RGB rgb) {
        gc.setBackground(new Color(rgb));
        gc.fillOval(x - 5, y - 5, 11, 11);
    }

    private int x(LocalDate date) {
        return left + (int) Math.round(timeline.position(date) * (right - left));
    }

    private Color system(int id) {
        return display.getSystemColor(id);
    }
}
