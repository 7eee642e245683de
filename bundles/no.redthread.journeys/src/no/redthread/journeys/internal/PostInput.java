package no.redthread.journeys.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * Input through SWT's {@code Display.post}, the fallback without xdotool. On GTK 3 it puts
 * fabricated GdkEvents into GDK's queue, which loses successive key presses (see {@link XTest}).
 */
final class PostInput implements Input {

    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";
    private final Ui ui;

    PostInput(Ui ui) {
        this.ui = ui;
    }

    @Override
    public String name() {
        return "Display.post";
    }

    @Override
    public void move(Point p) {
        Event e = event(SWT.MouseMove);
        e.x = p.x;
        e.y = p.y;
        post(e);
    }

    @Override
    public void button(boolean down, int button) {
        Event e = event(down ? SWT.MouseDown : SWT.MouseUp);
        e.button = button;
        post(e);
    }

    @Override
    public void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
            press(shift ? new int[] { SWT.SHIFT } : new int[0], 0, Character.toLowerCase(c));
            Ui.pause(15);
        }
    }

    @Override
    public void press(int[] modifiers, int keyCode, char character) {
        for (int m : modifiers) {
            key(SWT.KeyDown, m, (char) 0);
        }
        key(SWT.KeyDown, keyCode, character);
        key(SWT.KeyUp, keyCode, character);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            key(SWT.KeyUp, modifiers[i], (char) 0);
        }
    }

    @Override
    public void wheel(boolean down) {
        Event e = event(SWT.MouseWheel);
        e.detail = SWT.SCROLL_LINE;
        e.count = down ? -3 : 3;
        post(e);
    }

    private void key(int type, int keyCode, char character) {
        Event e = event(type);
        e.keyCode = keyCode;
        e.character = character;
        post(e);
    }

    private static Event event(int type) {
        Event e = new Event();
        e.type = type;
        return e;
    }

    /** Posted from the UI thread: GTK moves the pointer only there. */
    private void post(Event e) {
        if (!ui.sync(() -> ui.display().post(e))) {
            throw new JourneyFailure("the display refused the posted event " + e);
        }
    }
}
