package no.redthread.journeys.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Finds widgets the way a user does: by the words on them (tab titles, buttons, tool items,
 * labels, shell titles, tree rows), only among what is visible. Call on the UI thread
 * (inside {@link Ui#sync}); each returns null when there is nothing to find.
 */
public final class Find {

    private Find() {
    }

    /** The text as shown, without mnemonic ampersands, accelerator text, a dirty mark and a trailing ellipsis. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        String shown = text.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
        int tab = shown.indexOf('\t');
        return (tab >= 0 ? shown.substring(0, tab) : shown).replaceFirst("^\\*", "").replaceFirst("\\s*(…|\\.\\.\\.)$", "").trim();
    }

    /** The workbench window: the visible shell with a menu bar. */
    public static Shell mainShell(Display display) {
        return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible() && s.getMenuBar() != null)
                .findFirst().orElse(null);
    }

    /** A visible shell (dialog or window) whose title contains the text. */
    public static Shell shell(Display display, String title) {
        return Arrays.stream(display.getShells()).filter(s -> s.isVisible() && s.getText().contains(title)).findFirst().orElse(null);
    }

    /** A part's tab in the workbench window, by its title. */
    public static CTabItem tab(Shell shell, String title) {
        for (CTabFolder folder : all(shell, CTabFolder.class, f -> true)) {
            for (CTabItem item : folder.getItems()) {
                if (plain(item.getText()).equals(title)) {
                    return item;
                }
            }
        }
        return null;
    }

    /** The content of a part (the control of its tab), or null when the part is not open. */
    public static Composite part(Shell shell, String title) {
        CTabItem item = tab(shell, title);
        return item == null || !(item.getControl() instanceof Composite c) ? null : c;
    }

    public static Button button(Composite root, String text) {
        return first(root, Button.class, b -> plain(b.getText()).equals(text));
    }

    public static Label label(Composite root, String text) {
        return first(root, Label.class, l -> plain(l.getText()).contains(text));
    }

    public static ToolItem toolItem(Composite root, String text) {
        for (ToolBar bar : all(root, ToolBar.class, b -> true)) {
            for (ToolItem item : bar.getItems()) {
                if (plain(item.getText()).equals(text) || text.equals(item.getToolTipText())) {
                    return item;
                }
            }
        }
        return null;
    }

    /** A row anywhere in a tree (created so far) whose text contains the given text, e.g. a name after «Plan: ». */
    public static TreeItem treeItem(Tree tree, String text) {
        return treeItem(tree.getItems(), text);
    }

    private static TreeItem treeItem(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (item.getText().contains(text)) {
                return item;
            }
            TreeItem inside = treeItem(item.getItems(), text);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    public static <T extends Control> T first(Composite root, Class<T> type, Predicate<T> test) {
        List<T> found = all(root, type, test);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Visible controls of a type under a root, in the order a user reads them (depth first). */
    public static <T extends Control> List<T> all(Composite root, Class<T> type, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        collect(root, type, test, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> test, List<T> found) {
        if (control == null || control.isDisposed() || !control.isVisible()) {
            return;
        }
        if (type.isInstance(control) && test.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, test, found);
            }
        }
    }
}
