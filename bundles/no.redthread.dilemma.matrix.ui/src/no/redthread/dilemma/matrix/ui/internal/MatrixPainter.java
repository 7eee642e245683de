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

    /** Room for "−1½" in the default font; more when few items leave room, so a small matrix is not a stamp. */
    static final int MIN_CELL = 30;
    static final int MAX_CELL = 44;
    static final int HEADER = 56;

    private final HeatColours colours = new HeatColours();
    private final Color grid = new Color(200, 200, 200);
    private final Color diagonal = new Color(120, 120, 120);
    private final Color unscored = new Color(255, 255, 255);

    /** The side of a cell in pixels for a matrix of n items in this area. */
    static int cell(Rectangle area, int n) {
        int fitting = (Math.min(area.width, area.height) - HEADER) / Math.max(1, n);
        return Math.max(MIN_CELL, Math.min(MAX_CELL, fitting));
    }

    void paint(GC gc, Rectangle area, Layer layer, int firstRow, int firstColumn, Point cursor) {
        Display display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        int n = layer.size();
        int cell = cell(area, n);
        int lastRow = Math.min(n, firstRow + (area.height - HEADER) / cell + 1);
        int lastColumn = Math.min(n, firstColumn + (area.width - HEADER) / cell + 1);
        Color black = display.getSystemColor(SWT.COLOR_BLACK);
        Color white = display.getSystemColor(SWT.COLOR_WHITE);
        for (int row = firstRow; row < lastRow; row++) {
            int y = HEADER + (row - firstRow) * cell;
            for (int column = firstColumn; column < lastColumn; column++) {
                int x = HEADER + (column - firstColumn) * cell;
                OptionalDouble value = layer.value(row, column);
                gc.setBackground(row == column ? diagonal : value.isPresent() ? colours.of(value.getAsDouble()) : unscored);
                gc.fillRectangle(x, y, cell, cell);
                if (value.isPresent()) {
                    gc.setForeground(HeatColours.dark(value.getAsDouble()) ? white : black);
                    String text = ScoreText.format(value.getAsDouble());
                    Point size = gc.textExtent(text);
                    gc.drawText(text, x + (cell - size.x) / 2, y + (cell - size.y) / 2, true);
                }
                if (layer.disagreement(row, column)) {
                    gc.setBackground(black);
                    gc.fillPolygon(new int[] { x + cell - 8, y, x + cell, y, x + cell, y + 8 });
                }
            }
        }
        gc.setForeground(grid);
        int right = HEADER + (lastColumn - firstColumn) * cell;
        int bottom = HEADER + (lastRow - firstRow) * cell;
        for (int row = firstRow; row <= lastRow; row++) {
            int y = HEADER + (row - firstRow) * cell;
            gc.drawLine(HEADER, y, right, y);
        }
        for (int column = firstColumn; column <= lastColumn; column++) {
            int x = HEADER + (column - firstColumn) * cell;
            gc.drawLine(x, HEADER, x, bottom);
        }
        labels(gc, layer, cell, firstRow, lastRow, firstColumn, lastColumn, black);
        if (cursor.y >= firstRow && cursor.y < lastRow && cursor.x >= firstColumn && cursor.x < lastColumn) {
            gc.setForeground(black);
            gc.setLineWidth(3);
            gc.drawRectangle(HEADER + (cursor.x - firstColumn) * cell + 1, HEADER + (cursor.y - firstRow) * cell + 1,
                    cell - 2, cell - 2);
            gc.setLineWidth(1);
        }
    }

    private static void labels(GC gc, Layer layer, int cell, int firstRow, int lastRow, int firstColumn, int lastColumn,
            Color black) {
        gc.setForeground(black);
        for (int row = firstRow; row < lastRow; row++) {
            String id = layer.item(row);
            Point size = gc.textExtent(id);
            gc.drawText(id, HEADER - size.x - 4, HEADER + (row - firstRow) * cell + (cell - size.y) / 2, true);
        }
        Transform upright = new Transform(gc.getDevice());
        try {
            upright.rotate(-90);
            gc.setTransform(upright);
            for (int column = firstColumn; column < lastColumn; column++) {
                String id = layer.item(column);
                Point size = gc.textExtent(id);
                // rotated: x runs upwards (negative y on screen), y runs right
                gc.drawText(id, -(HEADER - 4), HEADER + (column - firstColumn) * cell + (cell - size.y) / 2, true);
            }
        } finally {
            gc.setTransform(null);
            upright.dispose();
        }
    }
}
