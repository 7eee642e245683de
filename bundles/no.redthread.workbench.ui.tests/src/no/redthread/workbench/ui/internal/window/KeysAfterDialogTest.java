package no.redthread.workbench.ui.internal.window;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import no.redthread.workbench.ui.WindowStartup;

/**
 * After a question asked at start (the crash-recovery one) the window has the keyboard again, so key bindings work
 * without a click. Xvfb has no window manager to hand the keyboard back when the dialog closes, like a kiosk session.
 */
class KeysAfterDialogTest {

    private final WorkbenchFixture fixture = new WorkbenchFixture();
    private ServiceRegistration<WindowStartup> question;
    private volatile boolean answered;

    @BeforeEach
    void askAtStart() throws IOException {
        fixture.clearSettings();
        question = fixture.context.registerService(WindowStartup.class, this::askAndAnswer, null);
    }

    @AfterEach
    void close() {
        question.unregister();
        fixture.closeAll();
    }

    @Test
    void theWindowHasTheKeyboardAfterTheStartUpQuestionCloses() {
        WorkbenchWindow window = fixture.open();
        window.windowShown();
        fixture.waitUntil("the start-up question was asked and answered", () -> answered);

        Display display = window.shell().getDisplay();
        waitUpTo(2000, () -> display.getActiveShell() == window.shell());
        assertSame(window.shell(), display.getActiveShell(), "the window is active again");
        Control focus = display.getFocusControl();
        assertTrue(focus != null && focus.getShell() == window.shell(), "a control of the window has the focus: " + focus);
    }

    /** The question as a person meets it: the dialog has the keyboard, then it is answered. */
    private void askAndAnswer(Shell window) {
        MessageDialog dialog = new MessageDialog(window, "Recover unsaved work?", null, "An autosave exists.",
                MessageDialog.QUESTION, 0, "Ja", "Nei");
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        if (shell != null) { // else the fixture, which closes the window's dialogs, answered it already
            shell.forceActive();
            waitUpTo(2000, () -> shell.isDisposed() || shell.getDisplay().getActiveShell() == shell);
            dialog.close();
        }
        answered = true;
    }

    private static void waitUpTo(long millis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
