package no.redthread.workbench.ui.internal.window;

import org.eclipse.swt.graphics.Rectangle;

/** Where the window was and which perspective was active, saved in {@code window.json}. */
record WindowState(int x, int y, int width, int height, boolean maximized, String perspective) {

    static final String SETTINGS_NAME = "window";

    /** Share of the screen's client area (width and height) that the window takes on a first start. */
    static final double FIRST_START_SHARE = 0.9;

    static WindowState defaults() {
        return new WindowState(-1, -1, 0, 0, false, null);
    }

    boolean hasPosition() {
        return x >= 0 && y >= 0 && width > 200 && height > 150;
    }

    /**
     * Where the window goes on a screen (its client area): where it was when that is still on the screen; else
     * centred, at its last size or, on a first start, at a share of the screen, so it suits any monitor.
     */
    Rectangle boundsOn(Rectangle screen) {
        Rectangle saved = new Rectangle(x, y, width, height);
        if (hasPosition() && screen.intersects(saved)) {
            return saved;
        }
        int w = Math.min(width > 200 ? width : (int) (screen.width * FIRST_START_SHARE), screen.width);
        int h = Math.min(height > 150 ? height : (int) (screen.height * FIRST_START_SHARE), screen.height);
        return new Rectangle(screen.x + (screen.width - w) / 2, screen.y + (screen.height - h) / 2, w, h);
    }
}
