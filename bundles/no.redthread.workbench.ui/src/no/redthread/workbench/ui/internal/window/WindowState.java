package no.redthread.workbench.ui.internal.window;

/** Where the window was and which perspective was active, saved in {@code window.json}. */
record WindowState(int x, int y, int width, int height, boolean maximized, String perspective) {

    static final String SETTINGS_NAME = "window";

    static WindowState defaults() {
        return new WindowState(-1, -1, 1200, 800, false, null);
    }

    boolean hasPosition() {
        return x >= 0 && y >= 0 && width > 200 && height > 150;
    }
}
