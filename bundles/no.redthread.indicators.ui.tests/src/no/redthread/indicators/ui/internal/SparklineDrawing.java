package no.redthread.indicators.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** A sparkline painted into a white image by its own paint code, or a control printed, to look at its pixels. */
record SparklineDrawing(ImageData pixels, Rectangle area) {

    static final RGB WHITE = new RGB(255, 255, 255);

    static SparklineDrawing of(Display display, Sparkline sparkline, int width, int height) {
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            Rectangle area = new Rectangle(0, 0, width, height);
            sparkline.paint(gc, area);
            gc.dispose();
            return new SparklineDrawing(image.getImageData(), area);
        } finally {
            if (!gc.isDisposed()) {
                gc.dispose();
            }
            image.dispose();
        }
    }

    /** A control as it paints itself ({@link Control#print}), border included. */
    static SparklineDrawing print(Display display, Control control) {
        Point size = control.getSize();
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(image);
        try {
            assertTrue(control.print(gc), "the control can be printed");
            gc.dispose();
            return new SparklineDrawing(image.getImageData(), new Rectangle(0, 0, size.x, size.y));
        } finally {
            if (!gc.isDisposed()) {
                gc.dispose();
            }
            image.dispose();
        }
    }

    RGB rgb(int x, int y) {
        return pixels.palette.getRGB(pixels.getPixel(x, y));
    }

    /** Whether the pixel or one next to it is drawn (not white; antialiased lines spread over two pixels). */
    boolean dark(int x, int y) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < pixels.width && py < pixels.height && drawn(rgb(px, py))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many pixels are drawn. */
    int darkPixels() {
        int count = 0;
        for (int x = 0; x < pixels.width; x++) {
            for (int y = 0; y < pixels.height; y++) {
                count += drawn(rgb(x, y)) ? 1 : 0;
            }
        }
        return count;
    }

    private static boolean drawn(RGB rgb) {
        return rgb.red < 230 || rgb.green < 230 || rgb.blue < 230;
    }
}
