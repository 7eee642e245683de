package no.redthread.journeys.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Compound gestures on tables, trees and text fields, built from {@link Robot}'s events. */
final class Gestures {

    private final Ui ui;
    private final Robot robot;

    Gestures(Ui ui, Robot robot) {
        this.ui = ui;
        this.robot = robot;
    }

    /** Clicks into a text field, selects what is there and types over it. */
    void typeInto(Text field, String text) {
        Shell shell = ui.sync(field::getShell);
        if (ui.sync(() -> ui.display().getActiveShell() != shell)) {
            robot.activate(shell);
        }
        robot.click(field);
        ui.waitFor("the keyboard in the field «" + ui.sync(field::getMessage) + "»", () -> ui.display().getFocusControl() == field,
                () -> "focus in " + ui.display().getFocusControl() + " of " + ui.display().getActiveShell() + ", field at "
                        + field.getDisplay().map(field.getParent(), null, field.getBounds()) + " in " + shell.getBounds() + ", cursor "
                        + ui.display().getCursorLocation());
        robot.shortcut('a', SWT.CTRL);
        robot.type(text);
        ui.waitFor("«" + text + "» in the field", () -> field.getText().equals(text));
    }

    /** Edits a table cell in place: click the cell, type over its text, Enter. */
    void editCell(Table table, TableItem row, int column, String text) {
        robot.click(robot.centre(table, ui.sync(() -> row.getBounds(column))));
        Text editor = ui.waitFor("an editor in the cell", () -> ui.display().getFocusControl() instanceof Text t && t.getParent() == table ? t : null);
        robot.shortcut('a', SWT.CTRL);
        robot.type(text);
        ui.waitFor("«" + text + "» in the cell editor", () -> editor.isDisposed() || editor.getText().equals(text));
        robot.key(SWT.CR);
    }

    TableItem row(Table table, String text) {
        return ui.waitFor("a row «" + text + "» in the table", () -> Arrays.stream(table.getItems())
                .filter(i -> rowText(i).contains(text)).findFirst().orElse(null));
    }

    static String rowText(TableItem item) {
        int columns = Math.max(1, item.getParent().getColumnCount());
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            text.append(item.getText(c)).append(" | ");
        }
        return text.toString();
    }

    static List<String> rows(Table table) {
        return Arrays.stream(table.getItems()).map(Gestures::rowText).toList();
    }

    /** The texts of all tree rows that exist (expanded or created), depth first. */
    static List<String> treeTexts(Tree tree) {
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        collect(tree.getItems(), texts);
        return texts;
    }

    private static void collect(TreeItem[] items, List<String> texts) {
        for (TreeItem item : items) {
            texts.add(item.getText());
            collect(item.getItems(), texts);
        }
    }

    /** A tree row on screen: scrolled fully into view with the mouse wheel, a point on its text inside the visible tree. */
    org.eclipse.swt.graphics.Point onScreen(Tree tree, TreeItem item) {
        scrollIntoView(tree, item);
        return at(tree, item);
    }

    /** True when the whole row is inside the tree's visible area. */
    boolean visible(Tree tree, TreeItem item) {
        return ui.sync(() -> position(tree, item) == 0);
    }

    private static int position(Tree tree, TreeItem item) {
        var bounds = item.getBounds();
        int height = tree.getClientArea().height - (tree.getHorizontalBar() != null && tree.getHorizontalBar().isVisible() ? 24 : 4);
        return bounds.y < 0 ? -1 : bounds.y + bounds.height > height ? 1 : 0;
    }

    void scrollIntoView(Tree tree, TreeItem item) {
        robot.moveTo(robot.centre(tree));
        for (int notch = 0; notch < 60; notch++) {
            int where = ui.sync(() -> position(tree, item));
            if (where == 0) {
                break;
            }
            robot.wheel(where > 0);
        }
    }

    /** Where a row is now, without scrolling. */
    org.eclipse.swt.graphics.Point at(Tree tree, TreeItem item) {
        return ui.sync(() -> {
            var bounds = item.getBounds();
            int x = Math.min(bounds.x + Math.min(bounds.width / 2, 40), tree.getClientArea().width - 5);
            return tree.toDisplay(x, bounds.y + bounds.height / 2);
        });
    }

    void clickRow(Tree tree, TreeItem item) {
        robot.click(onScreen(tree, item));
    }

    /** Waits until the control has the keyboard focus. */
    void focused(Control control) {
        ui.waitFor("the keyboard focus in " + control, () -> ui.display().getFocusControl() == control);
    }
}
