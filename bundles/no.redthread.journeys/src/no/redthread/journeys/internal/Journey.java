package no.redthread.journeys.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.framework.BundleContext;

import no.redthread.workspace.WorkspaceService;

/**
 * A user journey: named steps that act through {@link Robot} and check what the user would see.
 * A failing check names its step, what was expected and what was seen; the runner then takes
 * {@code FAILED-<step>.png}. Helpers here are the gestures several journeys share.
 */
public abstract class Journey {

    protected Ui ui;
    protected Robot robot;
    protected Menus menus;
    protected Path out;
    protected BundleContext context;
    private String step = "start";
    private int shots;

    final void attach(Ui ui, Path out, BundleContext context) {
        this.ui = ui;
        this.robot = new Robot(ui);
        this.menus = new Menus(ui, robot);
        this.out = out;
        this.context = context;
    }

    public abstract String name();

    /** The steps, each through {@link #step}. */
    protected abstract void run() throws Exception;

    /** Whether the process ends abruptly once the journey has passed, as a crash does (no save, no Ctrl+Q). */
    protected boolean endsInCrash() {
        return false;
    }

    final String currentStep() {
        return step;
    }

    protected final void step(String name, Runnable body) {
        step = name;
        System.out.println("journey " + name() + ": " + name);
        body.run();
    }

    protected final void check(boolean holds, String expected, Object seen) {
        if (!holds) {
            throw JourneyFailure.expected(expected, seen);
        }
    }

    /** A screenshot of a key screen, numbered in the order of the journey. */
    protected final void shot(String what) {
        ui.screenshot(name() + "-" + String.format("%02d", ++shots) + "-" + what.replaceAll("[^\\p{L}\\p{N}_-]+", "_"));
    }

    protected final WorkspaceService workspaces() {
        var reference = context.getServiceReference(WorkspaceService.class);
        check(reference != null, "the workspace service", "none");
        return context.getService(reference);
    }

    protected final Shell window() {
        return ui.waitFor("the workbench window", () -> Find.mainShell(ui.display()));
    }

    /** Brings the window to the front and gives it the keyboard, as clicking its title would. */
    protected final void focusWindow() {
        robot.activate(window());
    }

    /** Clicks a part's tab and returns the part's content. */
    protected final Composite openPart(String title) {
        Shell shell = window();
        CTabItem tab = ui.waitFor("the tab «" + title + "»", () -> Find.tab(shell, title));
        if (!ui.sync(() -> tab.getParent().getSelection() == tab && tab.getParent().isVisible())) {
            // one click only: a second one soon after would be a double-click, which maximises the part
            robot.click(robot.centre(ui.sync(tab::getParent), ui.sync(tab::getBounds)));
        }
        return ui.waitFor("the part «" + title + "» to show", () -> {
            Composite part = Find.part(shell, title);
            return part != null && part.isVisible() ? part : null;
        });
    }

    /** Clicks the perspective in the switcher and waits until it is the chosen one. */
    protected final void perspective(String name) {
        ToolItem item = ui.waitFor("the perspective «" + name + "»", () -> Find.toolItem(window(), name));
        robot.click(robot.centre(ui.sync(item::getParent), ui.sync(item::getBounds)));
        // the switcher's items are made anew when the bars update: find the chosen one again
        ui.waitFor("the perspective «" + name + "» chosen", () -> Find.toolItem(window(), name).getSelection());
    }

    /** Clicks what a user sees as a button with this text: a tool item or a push button. */
    protected final void clickTool(Composite root, String text) {
        Object found = ui.waitFor("a tool item or button «" + text + "»", () -> {
            ToolItem item = Find.toolItem(root, text);
            return item != null ? item : Find.button(root, text);
        });
        if (found instanceof ToolItem item) {
            check(ui.sync(item::isEnabled), "«" + text + "» to be enabled", "it is greyed out");
            robot.click(robot.centre(ui.sync(item::getParent), ui.sync(item::getBounds)));
        } else {
            clickButton(root, text);
        }
    }

    protected final void clickButton(Composite root, String text) {
        var button = ui.waitFor("the button «" + text + "»", () -> Find.button(root, text));
        ui.waitFor("«" + text + "» to be enabled", button::isEnabled);
        robot.click(button);
    }

    /** Clicks into a control so it has the keyboard, then waits until it does. */
    protected final void focus(Control control) {
        robot.click(control);
        ui.waitFor("the keyboard focus in " + control, () -> ui.display().getFocusControl() == control);
    }

    protected final void ctrl(char c) {
        robot.shortcut(c, SWT.CTRL);
    }

    /** A dialog that opens with this title, now active. */
    protected final Shell dialog(String title) {
        return ui.waitFor("the dialog «" + title + "»", () -> {
            Shell s = Find.shell(ui.display(), title);
            return s != null && s.getMenuBar() == null ? s : null;
        });
    }

    protected final Point centre(Control control) {
        return robot.centre(control);
    }
}
