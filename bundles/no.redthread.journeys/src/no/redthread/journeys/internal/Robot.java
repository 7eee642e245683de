package no.redthread.journeys.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Mouse and keyboard as a person uses them: every input is an event of the X server made through
 * its XTEST extension ({@link XTest}), so it takes the path of a hand on the mouse; without
 * xdotool (or with {@code -Dredthread.journey.input=post}) SWT's {@code Display.post}. Coordinates
 * are the screen's; modifiers are keys of their own, pressed and released.
 */
public final class Robot {

    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";
    private static final boolean XTEST_AVAILABLE = !"post".equals(System.getProperty("redthread.journey.input")) && XTest.available();
    private final Ui ui;
    private final boolean xtest = XTEST_AVAILABLE;

    Robot(Ui ui) {
        this.ui = ui;
    }

    /** How input reaches the window: «XTEST» (the X server, as a person's hands) or «Display.post». */
    public String driver() {
        return xtest ? "XTEST (xdotool)" : "Display.post";
    }

    /** Where a point of a control (in its own coordinates) is on the screen. */
    public Point onScreen(Control control, int x, int y) {
        return ui.sync(() -> control.toDisplay(x, y));
    }

    /** The centre of a rectangle given in a control's coordinates, on the screen. */
    public Point centre(Control control, Rectangle bounds) {
        return onScreen(control, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    /**
     * The centre of a control on the screen, mapped from its parent: a wizard page shown again
     * after Back reported a stale origin through {@code toDisplay} (x 1728 for a field at 327).
     */
    public Point centre(Control control) {
        return ui.sync(() -> {
            Rectangle b = control.getParent() == null ? control.getBounds()
                    : control.getDisplay().map(control.getParent(), null, control.getBounds());
            return new Point(b.x + b.width / 2, b.y + b.height / 2);
        });
    }

    /** Brings a shell to the front with the keyboard, as clicking its title would, and waits until it is active. */
    public void activate(Shell shell) {
        ui.run(shell::forceActive);
        moveTo(ui.sync(() -> shell.toDisplay(shell.getSize().x / 2, 5)));
        ui.waitFor("the window to be active", () -> ui.display().getActiveShell() == shell);
    }

    public void moveTo(Point p) {
        if (xtest) {
            XTest.xdotool("mousemove", Integer.toString(p.x), Integer.toString(p.y));
            Ui.pause(30);
            return;
        }
        Event e = new Event();
        e.type = SWT.MouseMove;
        e.x = p.x;
        e.y = p.y;
        post(e);
        Ui.pause(30);
    }

    public void click(Point p) {
        click(p, 1);
    }

    public void rightClick(Point p) {
        click(p, 3);
    }

    public void doubleClick(Point p) {
        click(p, 1);
        Ui.pause(40);
        click(p, 1);
    }

    /** One notch of the mouse wheel where the pointer is: down (towards the end) or up. */
    public void wheel(boolean down) {
        if (xtest) {
            XTest.xdotool("click", down ? "5" : "4");
        } else {
            Event e = new Event();
            e.type = SWT.MouseWheel;
            e.detail = SWT.SCROLL_LINE;
            e.count = down ? -3 : 3;
            post(e);
        }
        ui.idle();
        Ui.pause(60);
    }

    public void click(Control control) {
        click(centre(control));
    }

    private void click(Point p, int button) {
        moveTo(p);
        button(SWT.MouseDown, button);
        button(SWT.MouseUp, button);
        ui.idle();
    }

    /**
     * A plain drag: press, move past the platform's drag threshold in several steps with small
     * pauses (GTK starts a drag only after motion events), hover over the target, release.
     */
    public void drag(Point from, Point to) {
        drag(from, to, () -> { });
    }

    /** A drag that lets the caller look (e.g. take a screenshot) while the mouse hovers over the target. */
    public void drag(Point from, Point to, Runnable whileOver) {
        moveTo(from);
        Ui.pause(200);
        button(SWT.MouseDown, 1);
        for (int i = 1; i <= 10; i++) {
            moveTo(new Point(from.x + 2 * i, from.y + (to.y > from.y ? i : -i)));
        }
        Ui.pause(200);
        int steps = 15;
        for (int i = 1; i <= steps; i++) {
            moveTo(new Point(from.x + 20 + (to.x - from.x - 20) * i / steps, from.y + (to.y - from.y) * i / steps));
            Ui.pause(40);
        }
        moveTo(new Point(to.x + 1, to.y));
        Ui.pause(300);
        moveTo(to);
        Ui.pause(300);
        whileOver.run();
        button(SWT.MouseUp, 1);
        ui.idle();
    }

    /** Types text; through XTEST any character of the text (æ, ø, å too), else capitals with Shift held. */
    public void type(String text) {
        if (xtest) {
            XTest.xdotool("type", "--delay", "30", "--", text);
            ui.idle();
            return;
        }
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
            if (shift) {
                keyCode(SWT.KeyDown, SWT.SHIFT);
            }
            char typed = Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
            character(SWT.KeyDown, typed);
            character(SWT.KeyUp, typed);
            if (shift) {
                keyCode(SWT.KeyUp, SWT.SHIFT);
            }
            Ui.pause(15);
        }
        ui.idle();
    }

    /** Presses a key (SWT key code such as SWT.CR, SWT.ARROW_DOWN, SWT.F10) with modifiers held. */
    public void key(int keyCode, int... modifiers) {
        press(modifiers, XTest.key(keyCode), () -> {
            keyCode(SWT.KeyDown, keyCode);
            keyCode(SWT.KeyUp, keyCode);
        });
    }

    /** A shortcut with a character, e.g. {@code shortcut('n', SWT.CTRL)} for Ctrl+N. */
    public void shortcut(char c, int... modifiers) {
        press(modifiers, XTest.key(c), () -> {
            character(SWT.KeyDown, c);
            character(SWT.KeyUp, c);
        });
    }

    /** Modifiers go down one by one, the key is pressed and released, the modifiers come up in reverse. */
    private void press(int[] modifiers, String xKey, Runnable key) {
        if (xtest) {
            List<String> args = new ArrayList<>();
            for (int m : modifiers) {
                args.addAll(List.of("keydown", XTest.key(m)));
            }
            args.addAll(List.of("key", xKey));
            for (int i = modifiers.length - 1; i >= 0; i--) {
                args.addAll(List.of("keyup", XTest.key(modifiers[i])));
            }
            XTest.xdotool(args.toArray(String[]::new));
        } else {
            for (int m : modifiers) {
                keyCode(SWT.KeyDown, m);
            }
            key.run();
            for (int i = modifiers.length - 1; i >= 0; i--) {
                keyCode(SWT.KeyUp, modifiers[i]);
            }
        }
        ui.idle();
        Ui.pause(80);
    }

    private void keyCode(int type, int code) {
        Event e = new Event();
        e.type = type;
        e.keyCode = code;
        post(e);
    }

    private void character(int type, char c) {
        Event e = new Event();
        e.type = type;
        e.character = c;
        post(e);
    }

    private void button(int type, int button) {
        if (xtest) {
            XTest.xdotool(type == SWT.MouseDown ? "mousedown" : "mouseup", Integer.toString(button));
            Ui.pause(40);
            return;
        }
        Event e = new Event();
        e.type = type;
        e.button = button;
        post(e);
        Ui.pause(40);
    }

    /** Posted from the UI thread: GTK moves the pointer (a real warp, seen by X as motion) only there. */
    private void post(Event e) {
        if (!ui.sync(() -> ui.display().post(e))) {
            throw new JourneyFailure("the display refused the posted event " + e + " (is XTEST missing?)");
        }
    }
}
