package no.redthread.journeys.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Menus through the keyboard, since SWT gives no bounds of menu items: Alt+mnemonic opens a menu
 * of the menu bar, arrow keys move to an item (its Arm event tells which one is highlighted),
 * Enter chooses it and the right arrow opens a submenu.
 */
final class Menus {

    private final Ui ui;
    private final Robot robot;

    Menus(Ui ui, Robot robot) {
        this.ui = ui;
        this.robot = robot;
    }

    /** Chooses e.g. {@code "Fil", "Lukk arbeidsområde"} from the window's menu bar. */
    void fromMenuBar(Shell shell, String... path) {
        fromMenuBar(shell, false, path);
    }

    /** As {@link #fromMenuBar(Shell, String...)} for a command that opens a native dialog. */
    void fromMenuBarToNativeDialog(Shell shell, String... path) {
        fromMenuBar(shell, true, path);
    }

    private void fromMenuBar(Shell shell, boolean nativeDialog, String... path) {
        MenuItem top = ui.waitFor("the menu «" + path[0] + "» in the menu bar", () -> Arrays.stream(shell.getMenuBar().getItems())
                .filter(i -> Find.plain(i.getText()).equals(path[0])).findFirst().orElse(null));
        char mnemonic = ui.sync(() -> mnemonic(top.getText()));
        if (mnemonic == 0) {
            throw new JourneyFailure("the menu «" + path[0] + "» has no mnemonic to open it with Alt");
        }
        robot.shortcut(mnemonic, SWT.ALT);
        Menu menu = ui.waitFor("the menu «" + path[0] + "» to open", () -> top.getMenu().isVisible() ? top.getMenu() : null);
        choose(menu, true, Arrays.asList(path).subList(1, path.length), nativeDialog);
    }

    /** Opens a control's context menu with a right click at the current mouse position and chooses from it. */
    void fromContextMenu(Control control, String... path) {
        Menu menu = ui.waitFor("the context menu to open", () -> control.getMenu() != null && control.getMenu().isVisible() ? control.getMenu() : null);
        choose(menu, false, Arrays.asList(path), false);
    }

    private void choose(Menu menu, boolean firstSelected, List<String> path, boolean nativeDialog) {
        String wanted = path.get(0);
        MenuItem target = ui.waitFor("«" + wanted + "» in the menu", () -> item(menu, wanted));
        AtomicReference<MenuItem> armed = new AtomicReference<>();
        ui.run(() -> Arrays.stream(menu.getItems()).forEach(i -> i.addListener(SWT.Arm, e -> armed.set(i))));
        if (!ui.sync(target::isEnabled)) {
            throw JourneyFailure.expected("«" + wanted + "» to be enabled", "it greyed out");
        }
        if (firstSelected) {
            // the highlight starts on the first item; one step down and back up reports it
            robot.key(SWT.ARROW_DOWN);
            robot.key(SWT.ARROW_UP);
            if (ui.sync(() -> Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).count()) == 1) {
                armed.set(target); // the only item: the steps never move the highlight, so nothing reports it
            }
        }
        int items = ui.sync(() -> menu.getItemCount());
        for (int i = 0; i <= items && armed.get() != target; i++) {
            robot.key(SWT.ARROW_DOWN);
            ui.idle();
        }
        if (armed.get() != target) {
            throw JourneyFailure.expected("to reach «" + wanted + "» with the arrow keys", "«"
                    + ui.sync(() -> armed.get() == null ? "nothing" : Find.plain(armed.get().getText())) + "» highlighted");
        }
        if (path.size() == 1) {
            if (nativeDialog) {
                robot.keyToNativeDialog(SWT.CR);
            } else {
                robot.key(SWT.CR);
            }
            return;
        }
        robot.key(SWT.ARROW_RIGHT);
        Menu sub = ui.waitFor("the submenu «" + wanted + "» to open", () -> target.getMenu() != null && target.getMenu().isVisible() ? target.getMenu() : null);
        choose(sub, true, path.subList(1, path.size()), nativeDialog);
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                .filter(i -> Find.plain(i.getText()).equals(text)).findFirst().orElse(null);
    }

    private static char mnemonic(String text) {
        int at = text.replace("&&", "").indexOf('&');
        return at < 0 || at + 1 >= text.replace("&&", "").length() ? 0 : Character.toLowerCase(text.replace("&&", "").charAt(at + 1));
    }
}
