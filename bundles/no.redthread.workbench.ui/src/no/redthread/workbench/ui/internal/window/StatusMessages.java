package no.redthread.workbench.ui.internal.window;

/** The status line as parts see it: each message is the part's that showed it. */
interface StatusMessages {
    void show(String partId, String message);
}
