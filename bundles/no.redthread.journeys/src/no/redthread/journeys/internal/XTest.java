package no.redthread.journeys.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;

/**
 * Input through the X server's XTEST extension (with the xdotool program), the path a physical
 * mouse and keyboard take. Preferred over {@code Display.post}: on GTK 3, SWT 3.135 does not use
 * XTEST but puts fabricated GdkEvents into GDK's queue, whose modifier state is wrong and of which
 * successive key presses get lost (seen here: typing "ab" delivered only "a").
 */
final class XTest implements Input {

    private static final Map<Integer, String> KEYS = Map.ofEntries(Map.entry(SWT.CTRL, "ctrl"), Map.entry(SWT.SHIFT, "shift"),
            Map.entry(SWT.ALT, "alt"), Map.entry((int) SWT.CR, "Return"), Map.entry((int) SWT.ESC, "Escape"),
            Map.entry((int) SWT.TAB, "Tab"), Map.entry((int) SWT.BS, "BackSpace"), Map.entry((int) SWT.DEL, "Delete"),
            Map.entry(SWT.ARROW_UP, "Up"), Map.entry(SWT.ARROW_DOWN, "Down"), Map.entry(SWT.ARROW_LEFT, "Left"),
            Map.entry(SWT.ARROW_RIGHT, "Right"), Map.entry(SWT.KEYPAD_ADD, "KP_Add"), Map.entry(SWT.HOME, "Home"),
            Map.entry(SWT.END, "End"), Map.entry(SWT.F10, "F10"), Map.entry(SWT.F11, "F11"), Map.entry(SWT.PAGE_DOWN, "Next"), Map.entry(SWT.PAGE_UP, "Prior"));

    @Override
    public String name() {
        return "XTEST (xdotool)";
    }

    @Override
    public void move(org.eclipse.swt.graphics.Point p) {
        xdotool("mousemove", Integer.toString(p.x), Integer.toString(p.y));
    }

    @Override
    public void button(boolean down, int button) {
        xdotool(down ? "mousedown" : "mouseup", Integer.toString(button));
    }

    /** Any character of the text, æ, ø and å too (xdotool maps keysyms the keyboard lacks). */
    @Override
    public void type(String text) {
        xdotool("type", "--delay", "30", "--", text);
    }

    @Override
    public void press(int[] modifiers, int keyCode, char character) {
        List<String> args = new ArrayList<>();
        for (int m : modifiers) {
            args.addAll(List.of("keydown", key(m)));
        }
        args.addAll(List.of("key", keyCode != 0 ? key(keyCode) : key(character)));
        for (int i = modifiers.length - 1; i >= 0; i--) {
            args.addAll(List.of("keyup", key(modifiers[i])));
        }
        xdotool(args.toArray(String[]::new));
    }

    @Override
    public void wheel(boolean down) {
        xdotool("click", down ? "5" : "4");
    }

    /** True when xdotool runs against this X server. */
    static boolean available() {
        try {
            return run(List.of("getmouselocation")) == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A screenshot of the whole screen by the X server (ImageMagick's import), for native dialogs SWT cannot wait on. */
    static void screenshot(java.nio.file.Path file) {
        try {
            Process process = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.out.println("journey: no screenshot of the native dialog (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String key(int keyCode) {
        String name = KEYS.get(keyCode);
        if (name == null) {
            throw new JourneyFailure("no X key name for the SWT key code " + keyCode);
        }
        return name;
    }

    /** The X key name of a character: letters and digits as they are, others by their keysym. */
    static String key(char c) {
        return Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : String.format("U%04X", (int) c);
    }

    static void xdotool(String... args) {
        if (Boolean.getBoolean("redthread.journey.debug")) {
            System.out.println("journey input: xdotool " + String.join(" ", args));
        }
        int status = run(List.of(args));
        if (status != 0) {
            throw new JourneyFailure("xdotool " + String.join(" ", args) + " failed with status " + status);
        }
    }

    private static int run(List<String> args) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new JourneyFailure("cannot run xdotool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
