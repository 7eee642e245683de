package no.redthread.funding.ui.internal;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Draws a {@link Timeline}: month ticks with names, a row per application and scheme with its marks (a filled diamond
 * for a deadline the source gives, a hollow one for an estimate, a circle for an application), the budget calendar's
 * dates as dashed lines, today as a red line, and a legend. Up/Down and a click choose a row.
 */
final class TimelineCanvas {

    static final int ROW = 20;
    static final int HEADER = 24;
    static final int LEGEND = 28;

    private final Canvas canvas;
    private final IntConsumer chosen;
    private Timeline timeline;
    private int selected = -1;

    TimelineCanvas(Composite parent, IntConsumer chosen) {
        this.chosen = chosen;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> choose((e.y - HEADER) / ROW));
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN); // arrows stay here
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                choose(selected + 1);
            } else if (e.keyCode == SWT.ARROW_UP) {
                choose(Math.max(0, selected - 1));
            }
        });
        canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
        canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
    }

    Canvas control() {
        return canvas;
    }

    void show(Timeline newTimeline) {
        timeline = newTimeline;
        selected = Math.min(selected, timeline.rows().size() - 1);
        canvas.redraw();
    }

    int selected() {
        return selected;
    }

    /** The height the rows, header and legend need. */
    Point size(int width) {
        int rows = timeline == null ? 0 : Math.max(1, timeline.rows().size());
        return new Point(width, HEADER + rows * ROW + LEGEND + 8);
    }

    private void choose(int row) {
        if (timeline != null && row >= 0 && row < timeline.rows().size()) {
            selected = row;
            canvas.redraw();
            chosen.accept(row);
        }
    }

    private void paint(GC gc) {
        var area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (timeline == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        int left = Math.min(260, area.width / 3);
        int right = area.width - 12;
        int bottom = HEADER + Math.max(1, timeline.rows().size()) * ROW;
        TimelinePainter painter = new TimelinePainter(gc, canvas.getDisplay(), timeline, left, right);
        painter.months(bottom);
        painter.rows(selected, canvas.isFocusControl());
        painter.budget(bottom);
        painter.today(bottom);
        painter.legend(bottom + 6);
        if (timeline.rows().isEmpty()) {
            gc.setForeground(color(SWT.COLOR_WIDGET_DARK_SHADOW));
            gc.drawText(Messages.get("timeline.empty"), left + 8, HEADER + 2, true);
        }
    }

    private Color color(int id) {
        return canvas.getDisplay().getSystemColor(id);
    }
}
