package no.redthread.dilemma.matrix.ui.internal;

import java.util.OptionalDouble;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * Paints the visible part of the heat map only (a 169 × 169 matrix has 28 561 cells; a window shows about a
 * thousand): cells with their score, a black corner where participants disagree, the cursor, and the item ids along
 * both axes, the column ids turned upright.
 */
final class MatrixPainter {

    static final int CELL = 26;
    static final int HEADER = 56;

    private final HeatColours colours = new HeatColours();
    private final Color grid = new Color(200, 200, 200);
    private final Color diagonal = new Color(120, 120, 120);
    private final Color unscored = new Color(255, 255, 255);

    void paint(GC gc, Rectangle area, Layer layer, int firstRow, int firstColumn, Point cursor) {
        Display display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        int n = layer.size();
        int lastRow = Math.min(n, firstRow + (area.height - HEADER) / CELL + 1);
        int lastColumn = Math.min(n, firstColumn + (area.width - HEADER) / CELL + 1);
        Color black = display.getSystemColor(SWT.COLOR_BLACK);
        Color white = display.getSystemColor(SWT.COLOR_WHITE);
        for (int row = firstRow; row < lastRow; row++) {
            int y = HEADER + (row - firstRow) * CELL;
            for (int column = firstColumn; column < lastColumn; column++) {
                int x = HEADER + (column - firstColumn) * CELL;
                OptionalDouble value = layer.value(row, column);
                gc.setBackground(row == column ? diagonal : value.isPresent() ? colours.of(value.getAsDouble()) : unscored);
                gc.fillRectangle(x, y, CELL, CELL);
                if (value.isPresent()) {
                    gc.setForeground(HeatColours.dark(value.getAsDouble()) ? white : black);
                    String text = ScoreText.format(value.getAsDouble());
                    Point size = gc.textExtent(text);
                    gc.drawText(text, x + (CELL - size.x) / 2, y + (CELL - size.y) / 2, true);
                }
                if (layer.disagreement(row, column)) {
                    gc.setBackground(black);
                    gc.fillPolygon(new int[] { x + CELL - 8, y, x + CELL, y, x + CELL, y + 8 });
                }
            }
        }
        gc.setForeground(grid);
        int right = HEADER + (lastColumn - firstColumn) * CELL;
        int bottom = HEADER + (lastRow - firstRow) * CELL;
        for (int row = firstRow; row <= lastRow; row++) {
            int y = HEADER + (row - firstRow) * CELL;
            gc.drawLine(HEADER, y, right, y);
        }
        for (int column = firstColumn; column <= lastColumn; column++) {
            int x = HEADER + (column - firstColumn) * CELL;
            gc.drawLine(x, HEADER, x, bottom);
        }
        labels(gc, layer, firstRow, lastRow, firstColumn, lastColumn, black);
        if (cursor.y >= firstRow && cursor.y < lastRow && cursor.x >= firstColumn && cursor.x < lastColumn) {
            gc.setForeground(black);
            gc.setLineWidth(3);
            gc.drawRectangle(HEADER + (cursor.x - firstColumn) * CELL + 1, HEADER + (cursor.y - firstRow) * CELL + 1,
                    CELL - 2, CELL - 2);
            gc.setLineWidth(1);
        }
    }

    private static void labels(GC gc, Layer layer, int firstRow, int lastRow, int firstColumn, int lastColumn,
            Color black) {
        gc.setForeground(black);
        for (int row = firstRow; row < lastRow; row++) {
            String id = layer.item(row);
            Point size = gc.textExtent(id);
            gc.drawText(id, HEADER - size.x - 4, HEADER + (row - firstRow) * CELL + (CELL - size.y) / 2, true);
        }
        Transform upright = new Transform(gc.getDevice());
        try {
            upright.rotate(-90);
            gc.setTransform(upright);
            for (int column = firstColumn; column < lastColumn; column++) {
                String id = layer.item(column);
                Point size = gc.textExtent(id);
                // rotated: x runs upwards (negative y on screen), y runs right
                gc.drawText(id, -(HEADER - 4), HEADER + (column - firstColumn) * CELL + (CELL - size.y) / 2, true);
            }
        } finally {
            gc.setTransform(null);
            upright.dispose();
        }
    }
}
