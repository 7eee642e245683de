package no.redthread.dilemma.matrix.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The group matrix as a network: items as nodes placed by {@link NetworkLayout}, a link for every cell whose median
 * is at least 1 either way (half steps of disagreeing groups would hide the clear links), blue when it reinforces and red when it hinders, wider the stronger it is. Directions are shown
 * by a dot near the affected item. The layout runs in the background (ELK needs about 1.5 s for all 169 SDG
 * targets) and only when the links changed; meanwhile the canvas shows the previous picture.
 */
final class NetworkCanvas {

    private static final int MARGIN = 30;
    private static final int NODE = 8;

    private final Canvas canvas;
    private final Color positive = new Color(HeatColours.POSITIVE);
    private final Color negative = new Color(HeatColours.NEGATIVE);
    private final Color node = new Color(60, 60, 60);
    private List<String> items = List.of();
    private double[][] scores = new double[0][0];
    private double[][] position = new double[0][0];
    private double[][] laidOutWeights;
    private int layouts;
    private int shown;

    NetworkCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, e -> paint(e.gc, canvas.getClientArea()));
    }

    Canvas control() {
        return canvas;
    }

    void show(List<String> newItems, double[][] group) {
        double[][] weights = new double[group.length][group.length];
        for (int i = 0; i < group.length; i++) {
            for (int j = 0; j < group.length; j++) {
                weights[i][j] = Math.abs(group[i][j]) >= 1 ? Math.abs(group[i][j]) / 3 : 0;
            }
        }
        if (newItems.equals(items) && Arrays.deepEquals(weights, laidOutWeights)) {
            scores = group;
            canvas.redraw();
            return;
        }
        int generation = ++layouts;
        Display display = canvas.getDisplay();
        CompletableFuture.supplyAsync(() -> NetworkLayout.layout(weights)).thenAccept(placed -> display.asyncExec(() -> {
            if (generation == layouts && !canvas.isDisposed()) {
                items = newItems;
                scores = group;
                position = placed;
                laidOutWeights = weights;
                shown = generation;
                canvas.redraw();
            }
        })).exceptionally(failure -> {
            // the picture stays as it was; the figures and charts beside it do not depend on it
            System.err.println("Redthread: the network layout failed: " + failure);
            return null;
        });
    }

    /** True when the picture shows the matrix last given to {@link #show}: no layout is running. */
    boolean laidOut() {
        return layouts > 0 && shown == layouts;
    }

    private void paint(GC gc, Rectangle area) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setAntialias(SWT.ON);
        int n = items.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double score = scores[i][j];
                if (i == j || Math.abs(score) < 1) {
                    continue;
                }
                Point from = at(i, area);
                Point to = at(j, area);
                Color colour = score > 0 ? positive : negative;
                gc.setForeground(colour);
                gc.setBackground(colour);
                gc.setLineWidth((int) Math.max(1, Math.round(Math.abs(score) * 1.5)));
                gc.drawLine(from.x, from.y, to.x, to.y);
                int dotX = from.x + (to.x - from.x) * 4 / 5;
                int dotY = from.y + (to.y - from.y) * 4 / 5;
                gc.fillOval(dotX - 3, dotY - 3, 7, 7);
            }
        }
        gc.setLineWidth(1);
        gc.setForeground(node);
        Color white = canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        for (int i = 0; i < n; i++) {
            Point at = at(i, area);
            gc.setBackground(node);
            gc.fillOval(at.x - NODE / 2, at.y - NODE / 2, NODE, NODE);
            gc.setBackground(white);
            gc.drawText(items.get(i), at.x + NODE / 2 + 2, at.y - NODE, false);
        }
    }

    private Point at(int index, Rectangle area) {
        int width = Math.max(1, area.width - 2 * MARGIN);
        int height = Math.max(1, area.height - 2 * MARGIN);
        return new Point(area.x + MARGIN + (int) (position[index][0] * width),
                area.y + MARGIN + (int) (position[index][1] * height));
    }
}
