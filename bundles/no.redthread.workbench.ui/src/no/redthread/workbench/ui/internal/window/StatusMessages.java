package no.redthread.workbench.ui.internal.window;

/** The status line as parts see it. */
interface StatusMessages {
    void show(String message);
}
