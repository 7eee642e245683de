package no.redthread.planning.ui.internal.wizard;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Drives widgets as a person does: real mouse and key events through {@link Display#post}, so they take the same
 * path through the window system (focus, selection, listeners) as a user's.
 */
final class UserEvents {

    private static final long TIMEOUT_MS = 5_000;

    private final Display display;

    UserEvents(Display display) {
        this.display = display;
    }

    /** Moves the mouse to the middle of the control and clicks the left button. */
    void click(Control control) {
        Rectangle bounds = control.getBounds();
        click(control, bounds.width / 2, bounds.height / 2);
    }

    /** Clicks at a point inside the control (control coordinates). */
    void click(Control control, int x, int y) {
        Point onScreen = control.toDisplay(x, y);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = onScreen.x;
        move.y = onScreen.y;
        post(move);
        settle(50);
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event button = new Event();
            button.type = type;
            button.button = 1;
            post(button);
        }
        settle(100);
    }

    /** Types the text into whatever has the keyboard focus, one key at a time. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            key(c, 0);
        }
        settle(100);
    }

    /** Presses one key: a character, or an SWT key code such as {@code SWT.BS} or {@code SWT.ARROW_DOWN}. */
    void key(char character, int keyCode) {
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event key = new Event();
            key.type = type;
            key.character = character;
            key.keyCode = keyCode;
            post(key);
            settle(10);
        }
    }

    /** Ctrl+A, then Backspace: empties a text field as a person would. */
    void clear() {
        Event ctrl = new Event();
        ctrl.type = SWT.KeyDown;
        ctrl.keyCode = SWT.CTRL;
        post(ctrl);
        key('a', 0);
        ctrl.type = SWT.KeyUp;
        post(ctrl);
        key(SWT.BS, 0);
        settle(100);
    }

    /** Dispatches events until the condition holds; fails with the message after five seconds. */
    void waitUntil(BooleanSupplier condition, String message) {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail(message);
            }
            settle(20);
        }
    }

    void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        do {
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.currentTimeMillis() < end);
    }

    private void post(Event event) {
        if (!display.post(event)) {
            fail("the window system refused the event " + event);
        }
    }
}
