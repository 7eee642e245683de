package no.redthread.journeys.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The main screens in whatever language the product starts in (journeys.sh with JOURNEY_LANGUAGE=nn or en): every
 * perspective with every part tab shown once, the new-workspace wizard, quick access, Preferences (every page), About and
 * the indicator import wizard, each a screenshot, and
 * every visible word (menus, tabs, labels, buttons, columns) in {@code screens.txt} to read for words of the wrong
 * language. Fails when a text is a message key or JFace's {@code !key!}: a key missing from the language's file.
 */
final class ScreensJourney extends Journey {

    /** A bare key (e.g. {@code items.kind.THEMES}) or a missing JFace message ({@code !key!}). */
    private static final Pattern KEY = Pattern.compile("!\\S+!|[a-z][a-zA-Z-]*(\\.[a-zA-Z-]+)+");

    /** The commands whose dialogs are shot: Preferences (every page), About, the indicator import wizard. */
    private static final List<String> DIALOGS = List.of("no.redthread.workbench.preferences", "no.redthread.workbench.about",
            "no.redthread.indicators.import");

    private final List<String> texts = new ArrayList<>();

    @Override
    public String name() {
        return "screens";
    }

    @Override
    protected void run() {
        step("the demo is open", () -> ui.waitFor("the demo workspace", () -> workspaces().current().isPresent()));
        step("the menus, each opened (they fill when shown)", () -> {
            for (String top : menuNames()) {
                Menu menu = openMenu(top);
                ui.run(() -> Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                        .forEach(i -> add(top + " → " + Find.plain(i.getText()))));
                closeMenu(menu);
            }
        });
        int perspectives = ui.sync(() -> switcher().getItemCount());
        for (int p = 0; p < perspectives; p++) {
            final int index = p;
            step("perspective " + (p + 1) + " of " + perspectives, () -> {
                ToolItem item = ui.sync(() -> switcher().getItem(index));
                String label = ui.sync(item::getText);
                robot.click(robot.centre(ui.sync(item::getParent), ui.sync(item::getBounds)));
                ui.waitFor("«" + label + "» chosen", () -> switcher().getItem(index).getSelection());
                texts.add("== " + label);
                everyTab();
                shot(label);
                ui.run(() -> collect(window()));
            });
        }
        step("the new-workspace wizard (Ctrl+N) and quick access (Ctrl+3)", () -> {
            for (char key : new char[] { 'n', '3' }) {
                focusWindow();
                ctrl(key);
                Shell dialog = ui.waitFor("a dialog after Ctrl+" + key, () -> {
                    Shell active = ui.display().getActiveShell();
                    return active != null && active.getMenuBar() == null ? active : null;
                });
                Ui.pause(500);
                texts.add("== " + ui.sync(dialog::getText));
                ui.run(() -> collect(dialog));
                shot("dialog-" + key);
                robot.key(SWT.ESC);
                ui.waitFor("the dialog closed", dialog::isDisposed);
            }
        });
        for (String command : DIALOGS) {
            step("the dialog of " + command, () -> commandDialog(command));
        }
        step("no text is a message key", () -> {
            write(out.resolve(name() + ".txt"), texts);
            List<String> keys = texts.stream().filter(t -> KEY.matcher(t.substring(t.lastIndexOf("→ ") + 1).trim()).matches()
                    && !t.contains("no.redthread")).toList();
            check(keys.isEmpty(), "every text translated", keys);
        });
    }

    /** Finds the command in the menus (each opened with Alt and its mnemonic, as they fill when shown), runs it, shoots its dialog. */
    private void commandDialog(String command) {
        for (String top : menuNames()) {
            Menu menu = openMenu(top);
            String label = ui.sync(() -> Arrays.stream(menu.getItems()).filter(i -> i.getData() instanceof IContributionItem c
                    && command.equals(c.getId())).map(i -> Find.plain(i.getText())).findFirst().orElse(null));
            closeMenu(menu);
            if (label != null) {
                menus.fromMenuBar(window(), top, label);
                Shell dialog = ui.waitFor("the dialog of «" + label + "»", () -> {
                    Shell active = ui.display().getActiveShell();
                    return active != null && active.getMenuBar() == null ? active : null;
                });
                Ui.pause(500);
                texts.add("== " + ui.sync(dialog::getText));
                ui.run(() -> collect(dialog));
                shot("dialog-" + label);
                pages(dialog);
                robot.key(SWT.ESC);
                ui.waitFor("the dialog closed", dialog::isDisposed);
                return;
            }
        }
        throw JourneyFailure.expected("the command " + command + " in a menu", "none");
    }

    private List<String> menuNames() {
        return ui.sync(() -> Arrays.stream(window().getMenuBar().getItems()).map(i -> Find.plain(i.getText())).toList());
    }

    /** Opens a menu of the menu bar with Alt and its mnemonic, as a user does. */
    private Menu openMenu(String top) {
        focusWindow();
        MenuItem item = ui.waitFor("the menu «" + top + "»", () -> Arrays.stream(window().getMenuBar().getItems())
                .filter(i -> Find.plain(i.getText()).equals(top)).findFirst().orElse(null));
        robot.shortcut(ui.sync(() -> Character.toLowerCase(item.getText().charAt(item.getText().indexOf('&') + 1))), SWT.ALT);
        return ui.waitFor("the menu «" + top + "» open", () -> item.getMenu().isVisible() ? item.getMenu() : null);
    }

    private void closeMenu(Menu menu) {
        robot.key(SWT.ESC);
        ui.waitFor("the menu closed", () -> !menu.isVisible());
    }

    /** In a dialog with a tree of pages (Preferences), each page clicked, its words collected and shot. */
    private void pages(Shell dialog) {
        Tree tree = ui.sync(() -> Find.first(dialog, Tree.class, t -> t.getItemCount() > 0));
        if (tree == null) {
            return;
        }
        Gestures gestures = new Gestures(ui, robot);
        for (TreeItem page : ui.sync(() -> List.of(tree.getItems()))) {
            gestures.clickRow(tree, page);
            ui.waitFor("the page chosen", () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == page);
            Ui.pause(300);
            texts.add("== " + ui.sync(page::getText));
            ui.run(() -> collect(dialog));
            shot("page-" + ui.sync(page::getText));
        }
    }

    /** Clicks each tab of every part stack once, so each part is made and shown. */
    private void everyTab() {
        List<CTabItem> tabs = ui.sync(() -> Find.all(window(), CTabFolder.class, f -> true).stream()
                .flatMap(f -> Arrays.stream(f.getItems())).toList());
        for (CTabItem tab : tabs) {
            robot.click(robot.centre(ui.sync(tab::getParent), ui.sync(tab::getBounds)));
            ui.waitFor("the tab shown", () -> tab.isDisposed() || tab.getParent().getSelection() == tab);
            ui.run(() -> collect(window()));
        }
    }

    private ToolBar switcher() {
        return Find.first(window(), ToolBar.class, b -> b.getItemCount() > 0 && (b.getItem(0).getStyle() & SWT.RADIO) != 0);
    }

    /** The visible words under a control, once each. */
    private void collect(Control root) {
        if (root instanceof Label l) {
            add(l.getText());
        } else if (root instanceof Button b) {
            add(b.getText());
        } else if (root instanceof Text t) {
            add(t.getMessage());
        } else if (root instanceof Combo c) {
            Arrays.stream(c.getItems()).limit(20).forEach(this::add);
        } else if (root instanceof Table t) {
            Arrays.stream(t.getColumns()).map(TableColumn::getText).forEach(this::add);
        } else if (root instanceof ToolBar bar) {
            Arrays.stream(bar.getItems()).forEach(i -> add(i.getText()));
        } else if (root instanceof TabFolder folder) {
            Arrays.stream(folder.getItems()).map(TabItem::getText).forEach(this::add);
        } else if (root instanceof CTabFolder folder) {
            Arrays.stream(folder.getItems()).map(CTabItem::getText).forEach(this::add);
        }
        if (root instanceof Composite composite && root.isVisible()) {
            Arrays.stream(composite.getChildren()).forEach(this::collect);
        }
    }

    private void add(String text) {
        String shown = Find.plain(text);
        if (!shown.isBlank() && !texts.contains(shown)) {
            texts.add(shown);
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
