package no.redthread.funding.ui.internal;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Draws a {@link Timeline}: month ticks with names, a row per application and scheme with its marks (a filled diamond
 * for a deadline the source gives, a hollow one for an estimate, a circle for an application), the budget calendar's
 * dates as dashed lines, today as a red line, and the legend below. The rows scroll between the fixed header and
 * legend; Up/Down and a click choose a row.
 */
final class TimelineCanvas {

    static final int ROW = 20;
    static final int HEADER = 36;
    /** Room for the legend, in two rows when the part is narrow. */
    static final int LEGEND = 2 * TimelinePainter.LEGEND_ROW + 6;

    private final Canvas canvas;
    private final IntConsumer chosen;
    private Timeline timeline;
    private int selected = -1;
    private int top;

    TimelineCanvas(Composite parent, IntConsumer chosen) {
        this.chosen = chosen;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> updateScrollBar());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            top = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseDown, e -> choose(rowAt(e.y)));
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN); // arrows stay here
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                choose(selected + 1);
            } else if (e.keyCode == SWT.ARROW_UP) {
                choose(Math.max(0, selected - 1));
            }
        });
        canvas.addListener(SWT.MouseHover, e -> { // the label column clips long names
            int row = rowAt(e.y);
            canvas.setToolTipText(timeline != null && row >= 0 && row < timeline.rows().size()
                    ? timeline.rows().get(row).label() : null);
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
        updateScrollBar();
        canvas.redraw();
    }

    int selected() {
        return selected;
    }

    /** How many rows fit between header and legend. */
    private int visibleRows() {
        return Math.max(1, (canvas.getClientArea().height - HEADER - LEGEND) / ROW);
    }

    private int rowAt(int y) {
        return y < HEADER ? -1 : top + (y - HEADER) / ROW;
    }

    private void updateScrollBar() {
        ScrollBar bar = canvas.getVerticalBar();
        int rows = timeline == null ? 0 : timeline.rows().size();
        int visible = visibleRows();
        top = Math.max(0, Math.min(top, rows - visible));
        bar.setValues(top, 0, Math.max(rows, 1), Math.min(visible, Math.max(rows, 1)), 1, visible);
        bar.setVisible(rows > visible);
    }

    private void choose(int row) {
        if (timeline != null && row >= 0 && row < timeline.rows().size()) {
            selected = row;
            int visible = visibleRows();
            if (row < top || row >= top + visible) { // keyboard moves keep the chosen row in view
                top = row < top ? row : row - visible + 1;
                updateScrollBar();
            }
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
        int count = Math.min(visibleRows(), timeline.rows().size() - top);
        int bottom = HEADER + Math.max(1, count) * ROW;
        TimelinePainter painter = new TimelinePainter(gc, canvas.getDisplay(), timeline, left, right);
        painter.months(bottom);
        painter.rows(top, count, selected, canvas.isFocusControl());
        painter.budget(bottom);
        painter.today(bottom);
        painter.legend(bottom + 6, area.width);
        if (timeline.rows().isEmpty()) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            gc.drawText(Messages.get("timeline.empty"), left + 8, HEADER + 2, true);
        }
    }
}
