package no.redthread.indicators.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import no.redthread.indicators.Numbers;
import no.redthread.indicators.analysis.Status;

/**
 * One tile, drawn with a {@link GC} on a single {@link Canvas}: a frame, the status colour (good green, watch yellow,
 * poor red, unknown grey) as background, the indicator's name (wrapped), status, latest value and period,
 * organisation, and at the bottom the {@link Sparkline} of the organisation's latest values. One widget per tile, the
 * frame painted too ({@code SWT.BORDER} costs GTK a second widget): a dashboard of 150 tiles is built and shown several
 * times faster than with a composite and labels per tile (see the README). A click hands the tile to {@code open}; the
 * tooltip lists the values, the accessible name is the tile's text.
 */
final class DashboardTileCanvas {

    static final int WIDTH = 220;
    static final int PADDING = 6;
    static final Color GOOD = new Color(200, 235, 200);
    static final Color WATCH = new Color(250, 235, 170);
    static final Color POOR = new Color(245, 195, 190);

    private final Canvas canvas;
    private final String text;
    private final TextLayout layout;
    private final Sparkline sparkline;
    private final Color background;

    DashboardTileCanvas(Composite parent, DashboardTile tile, Consumer<DashboardTile> open,
            UnaryOperator<String> regionName) {
        canvas = new Canvas(parent, SWT.NO_BACKGROUND); // no SWT.BORDER: paint() draws the frame
        background = colour(canvas, tile.assessment().status());
        sparkline = new Sparkline(tile.recent());
        var latest = tile.assessment().latest();
        text = IndicatorModel.name(tile.indicator()) + "\n"
                + Messages.get("status." + tile.assessment().status().name()) + " \u2013 "
                + (latest == null ? Messages.get("dashboard.noData")
                        : Messages.get("dashboard.latest", Numbers.format(latest.value()), latest.period()))
                + "  [" + regionName.apply(tile.assessment().organisation()) + "]";
        layout = new TextLayout(canvas.getDisplay());
        layout.setFont(canvas.getFont());
        layout.setWidth(WIDTH - 2 * PADDING);
        layout.setText(text);
        canvas.setLayoutData(new RowData(WIDTH, PADDING + layout.getBounds().height + Sparkline.HEIGHT + PADDING));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseUp, e -> open.accept(tile));
        canvas.addListener(SWT.Dispose, e -> layout.dispose());
        canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        canvas.setToolTipText(sparkline.describe());
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = text;
            }
        });
    }

    Canvas control() {
        return canvas;
    }

    /** The tile's text: the indicator's name, then status, latest value and organisation. */
    String text() {
        return text;
    }

    Color background() {
        return background;
    }

    Sparkline sparkline() {
        return sparkline;
    }

    /** Where the sparkline is drawn on the canvas: the bottom of the tile. */
    Rectangle sparklineArea() {
        Rectangle area = canvas.getClientArea();
        return new Rectangle(PADDING, area.height - PADDING - Sparkline.HEIGHT, area.width - 2 * PADDING,
                Sparkline.HEIGHT);
    }

    /** The sparkline's points on the canvas as it is now; empty for fewer than two values. */
    List<Point> sparklinePoints() {
        return sparkline.points(sparklineArea());
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(background);
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
        gc.setForeground(canvas.getDisplay().getSystemColor(
                background == GOOD || background == WATCH || background == POOR ? SWT.COLOR_BLACK : SWT.COLOR_WIDGET_FOREGROUND));
        layout.draw(gc, PADDING, PADDING);
        sparkline.paint(gc, sparklineArea());
    }

    static Color colour(Canvas control, Status status) {
        return switch (status) {
            case GOOD -> GOOD;
            case WATCH -> WATCH;
            case POOR -> POOR;
            default -> control.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        };
    }
}
