package no.redthread.funding.ui.internal;

import java.time.LocalDate;

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

    /** A tick and a name per month: "jan", or "jan 2027" at the start and where a year begins. */
    void months(int bottom) {
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        for (LocalDate month : timeline.months()) {
            int x = x(month);
            gc.setForeground(system(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawLine(x, TimelineCanvas.HEADER - 4, x, bottom);
            if (month.isBefore(timeline.end())) {
                boolean year = month.equals(timeline.start()) || month.getMonthValue() == 1;
                gc.setForeground(system(SWT.COLOR_WIDGET_FOREGROUND));
                gc.drawText(Formats.month(month) + (year ? " " + month.getYear() : ""), x + 3, 2, true);
            }
        }
    }

    void rows(int selected, boolean focused) {
        for (int i = 0; i < timeline.rows().size(); i++) {
            Timeline.Row row = timeline.rows().get(i);
            int y = TimelineCanvas.HEADER + i * TimelineCanvas.ROW;
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

    /** What each mark means, on one line below the rows. */
    void legend(int y) {
        int x = 6;
        x = entry(x, y, () -> diamond(0, 0, SCHEME, false), "timeline.legend.deadline");
        x = entry(x, y, () -> diamond(0, 0, SCHEME, true), "timeline.legend.estimated");
        x = entry(x, y, () -> circle(0, 0, APPLICATION), "timeline.legend.application");
        x = entry(x, y, () -> line(BUDGET, SWT.LINE_DASH), "timeline.legend.budget");
        entry(x, y, () -> line(TODAY, SWT.LINE_SOLID), "timeline.legend.today");
    }

    private int entry(int x, int y, Runnable symbol, String key) {
        var transform = new org.eclipse.swt.graphics.Transform(display);
        transform.translate(x + 6, y + 9);
        gc.setTransform(transform);
        symbol.run();
        gc.setTransform(null);
        transform.dispose();
        gc.setForeground(system(SWT.COLOR_LIST_FOREGROUND));
        String text = Messages.get(key);
        gc.drawText(text, x + 16, y + 1, true);
        return x + 16 + gc.textExtent(text).x + 18;
    }

    private void line(RGB rgb, int style) {
        gc.setForeground(new Color(rgb));
        gc.setLineStyle(style);
        gc.setLineWidth(2);
        gc.drawLine(0, -8, 0, 8);
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
