package no.redthread.journeys.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Mouse and keyboard as a person uses them: every input is an event of the X server made through
 * its XTEST extension ({@link XTest}), so it takes the path of a hand on the mouse; without
 * xdotool (or with {@code -Dredthread.journey.input=post}) SWT's {@code Display.post}. Coordinates
 * are the screen's; modifiers are keys of their own, pressed and released.
 */
public final class Robot {

    private static final boolean XTEST_AVAILABLE = !"post".equals(System.getProperty("redthread.journey.input")) && XTest.available();
    private final Ui ui;
    private final Input input;

    Robot(Ui ui) {
        this.ui = ui;
        this.input = XTEST_AVAILABLE ? new XTest() : new PostInput(ui);
    }

    /** How input reaches the window: «XTEST» (the X server, as a person's hands) or «Display.post». */
    public String driver() {
        return input.name();
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
        input.move(p);
        Ui.pause(30);
    }

    public void click(Point p) {
        click(p, 1);
    }

    public void rightClick(Point p) {
        click(p, 3);
    }

    /** Two clicks within the double-click time: without waiting for the UI in between, which may take longer. */
    public void doubleClick(Point p) {
        moveTo(p);
        button(true, 1);
        button(false, 1);
        button(true, 1);
        button(false, 1);
        ui.idle();
    }

    /** One notch of the mouse wheel where the pointer is: down (towards the end) or up. */
    public void wheel(boolean down) {
        input.wheel(down);
        ui.idle();
        Ui.pause(60);
    }

    public void click(Control control) {
        click(centre(control));
    }

    private void click(Point p, int button) {
        moveTo(p);
        button(true, button);
        button(false, button);
        ui.idle();
    }

    public void drag(Point from, Point to) {
        drag(from, to, () -> { });
    }

    /**
     * A plain drag: press, move past the platform's drag threshold in small steps (GTK starts a
     * drag only after motion events), travel to the target, hover, let the caller look (e.g. take a
     * screenshot of the drop feedback), release.
     */
    public void drag(Point from, Point to, Runnable whileOver) {
        moveTo(from);
        Ui.pause(200);
        button(true, 1);
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
        button(false, 1);
        ui.idle();
    }

    public void type(String text) {
        input.type(text);
        ui.idle();
    }

    /** Presses a key (SWT key code such as SWT.CR, SWT.ARROW_DOWN, SWT.F10) with modifiers held. */
    public void key(int keyCode, int... modifiers) {
        input.press(modifiers, keyCode, (char) 0);
        settle();
    }

    /** A shortcut with a character, e.g. {@code shortcut('n', SWT.CTRL)} for Ctrl+N. */
    public void shortcut(char c, int... modifiers) {
        input.press(modifiers, 0, c);
        settle();
    }

    /**
     * Keys for a native dialog (the GTK file chooser): no round trip to the UI thread afterwards,
     * since SWT serves syncExec only late while GTK runs such a dialog's loop.
     */
    public void keyToNativeDialog(int keyCode, int... modifiers) {
        input.press(modifiers, keyCode, (char) 0);
        Ui.pause(150);
    }

    public void shortcutToNativeDialog(char c, int... modifiers) {
        input.press(modifiers, 0, c);
        Ui.pause(150);
    }

    public void typeToNativeDialog(String text) {
        input.type(text);
        Ui.pause(150);
    }

    private void settle() {
        ui.idle();
        Ui.pause(80);
    }

    private void button(boolean down, int button) {
        input.button(down, button);
        Ui.pause(40);
    }
}
