package no.redthread.dilemma.matrix.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;

/**
 * The heat map: one canvas, no widget per cell, scrolled a cell at a time. Arrows move the cell cursor; 0..3 and
 * '-' with a digit score the cell in the shown participant's layer; Delete clears it; Enter asks for the reason.
 */
final class MatrixCanvas {

    /** What the part does for the canvas. */
    interface Host {
        /** The cursor or the mouse is on this cell (row affects column). */
        void show(int row, int column);

        /** Enter on a cell: ask for the reason of its score. */
        void askReason(int row, int column);

        /** Something the user tried that cannot be done, in words. */
        void refuse(String message);
    }

    private final Canvas canvas;
    private final MatrixPainter painter = new MatrixPainter();
    private final CellEntry entry = new CellEntry();
    private final Host host;
    private final Point cursor = new Point(1, 0);
    private Layer layer;

    MatrixCanvas(Composite parent, Host host) {
        this.host = host;
        canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, e -> {
            if (layer != null) {
                painter.paint(e.gc, canvas.getClientArea(), layer, first(canvas.getVerticalBar()),
                        first(canvas.getHorizontalBar()), cursor);
            }
        });
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN || e.detail == SWT.TRAVERSE_ARROW_NEXT
                    || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false;
            }
        });
        canvas.addListener(SWT.MouseDown, e -> cellAt(e.x, e.y).ifPresent(cell -> {
            canvas.forceFocus();
            moveTo(cell.y, cell.x);
        }));
        canvas.addListener(SWT.MouseMove, e -> cellAt(e.x, e.y).ifPresent(cell -> host.show(cell.y, cell.x)));
    }

    Canvas control() {
        return canvas;
    }

    void show(Layer newLayer) {
        layer = newLayer;
        entry.reset();
        cursor.x = Math.min(cursor.x, layer.size() - 1);
        cursor.y = Math.min(cursor.y, layer.size() - 1);
        updateScrollBars();
        canvas.redraw();
    }

    /** The cursor: x the column, y the row. */
    Point cursor() {
        return new Point(cursor.x, cursor.y);
    }

    void moveTo(int row, int column) {
        int n = layer.size();
        cursor.y = Math.max(0, Math.min(n - 1, row));
        cursor.x = Math.max(0, Math.min(n - 1, column));
        reveal(canvas.getVerticalBar(), cursor.y, canvas.getClientArea().height);
        reveal(canvas.getHorizontalBar(), cursor.x, canvas.getClientArea().width);
        canvas.redraw();
        host.show(cursor.y, cursor.x);
    }

    private void key(Event e) {
        switch (e.keyCode) {
            case SWT.ARROW_UP -> moveTo(cursor.y - 1, cursor.x);
            case SWT.ARROW_DOWN -> moveTo(cursor.y + 1, cursor.x);
            case SWT.ARROW_LEFT -> moveTo(cursor.y, cursor.x - 1);
            case SWT.ARROW_RIGHT -> moveTo(cursor.y, cursor.x + 1);
            case SWT.CR, SWT.KEYPAD_CR -> {
                if (writable()) {
                    host.askReason(cursor.y, cursor.x);
                }
            }
            case SWT.DEL, SWT.BS -> {
                if (writable()) {
                    set(null);
                }
            }
            default -> {
                OptionalInt value = entry.type(e.character);
                if (value.isPresent() && writable()) {
                    String reason = layer.reason(cursor.y, cursor.x);
                    set(new Score(value.getAsInt(), reason));
                }
            }
        }
    }

    private boolean writable() {
        if (!layer.editable()) {
            host.refuse(Messages.get("matrix.readOnly"));
            return false;
        }
        if (cursor.x == cursor.y) {
            host.refuse(Messages.get("matrix.diagonal"));
            return false;
        }
        return true;
    }

    private void set(Score score) {
        String row = layer.item(cursor.y);
        String column = layer.item(cursor.x);
        String label = Messages.get(score == null ? "matrix.undoClear" : "matrix.undoScore", row, column);
        layer.document().edit(label, List.of(new MatrixDocument.Edit(layer.participant(), row, column, score)));
    }

    private Optional<Point> cellAt(int x, int y) {
        if (layer == null || x < MatrixPainter.HEADER || y < MatrixPainter.HEADER) {
            return Optional.empty();
        }
        int column = first(canvas.getHorizontalBar()) + (x - MatrixPainter.HEADER) / cell();
        int row = first(canvas.getVerticalBar()) + (y - MatrixPainter.HEADER) / cell();
        return row < layer.size() && column < layer.size() ? Optional.of(new Point(column, row))
                : Optional.empty();
    }

    private void updateScrollBars() {
        if (layer == null) {
            return;
        }
        fit(canvas.getVerticalBar(), canvas.getClientArea().height);
        fit(canvas.getHorizontalBar(), canvas.getClientArea().width);
    }

    private void fit(ScrollBar bar, int pixels) {
        int visible = Math.max(1, (pixels - MatrixPainter.HEADER) / cell());
        bar.setValues(Math.min(bar.getSelection(), Math.max(0, layer.size() - visible)), 0, layer.size(), visible, 1,
                visible);
    }

    private void reveal(ScrollBar bar, int index, int pixels) {
        int visible = Math.max(1, (pixels - MatrixPainter.HEADER) / cell());
        if (index < bar.getSelection()) {
            bar.setSelection(index);
        } else if (index >= bar.getSelection() + visible) {
            bar.setSelection(index - visible + 1);
        }
    }

    private int cell() {
        return MatrixPainter.cell(canvas.getClientArea(), layer.size());
    }

    private static int first(ScrollBar bar) {
        return bar.getSelection();
    }
}
