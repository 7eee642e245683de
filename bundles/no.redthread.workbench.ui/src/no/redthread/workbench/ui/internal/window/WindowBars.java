package no.redthread.workbench.ui.internal.window;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.CommandContribution.MenuLocation;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.ui.internal.Messages;
import no.redthread.workbench.ui.internal.PartEntry;

/**
 * Menu bar, tool bar and perspective switcher. Menus are filled each time they open, so they
 * always show the commands, parts and perspectives that exist at that moment.
 */
final class WindowBars {

    private static final String[] TOOL_COMMANDS = { BuiltInCommands.UNDO, BuiltInCommands.REDO, BuiltInCommands.QUICK_ACCESS };

    private final WorkbenchWindow window;
    private final ToolBar tools;
    private final ToolBar switcher;

    WindowBars(WorkbenchWindow window, Shell shell) {
        this.window = window;
        MenuManager bar = new MenuManager();
        for (MenuLocation location : MenuLocation.values()) {
            MenuManager menu = new MenuManager(Messages.get("menu." + location.name().toLowerCase()), location.name());
            menu.setRemoveAllWhenShown(true);
            menu.addMenuListener(manager -> fill(manager, location));
            bar.add(menu);
        }
        shell.setMenuBar(bar.createMenuBar((org.eclipse.swt.widgets.Decorations) shell));
        Composite top = WorkbenchWindow.topBar(shell);
        tools = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
        tools.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        switcher = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
        switcher.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
    }

    /** Brings tool bar and switcher up to date (labels, enablement, active perspective). */
    void update(String activePerspective) {
        for (ToolItem item : tools.getItems()) {
            item.dispose();
        }
        for (String id : TOOL_COMMANDS) {
            CommandContribution command = window.commands().command(id);
            if (command != null) {
                ToolItem item = new ToolItem(tools, SWT.PUSH);
                item.setText(command.label().replace("&", ""));
                item.setToolTipText(tooltip(command));
                item.setEnabled(command.isEnabled());
                item.addListener(SWT.Selection, e -> window.runCommand(id));
            }
        }
        for (ToolItem item : switcher.getItems()) {
            item.dispose();
        }
        for (PerspectiveDescriptor perspective : window.perspectives()) {
            ToolItem item = new ToolItem(switcher, SWT.RADIO);
            item.setText(perspective.label());
            item.setSelection(perspective.id().equals(activePerspective));
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    window.switchPerspective(perspective.id());
                }
            });
        }
        tools.getShell().layout(new org.eclipse.swt.widgets.Control[] { tools, switcher });
    }

    private String tooltip(CommandContribution command) {
        String keys = window.commands().keyText(command.id());
        return command.label().replace("&", "") + (keys.isEmpty() ? "" : " (" + keys + ")");
    }

    private void fill(IMenuManager menu, MenuLocation location) {
        if (location == MenuLocation.WINDOW) {
            menu.add(perspectiveMenu());
            menu.add(new Separator());
        }
        for (CommandContribution command : MenuOrder.of(window.commands().commands().stream().filter(c -> c.menu() == location).toList())) {
            if (command == null) {
                menu.add(new Separator());
            } else {
                menu.add(action(command));
            }
        }
        if (location == MenuLocation.VIEW) {
            menu.add(new Separator());
            window.parts().available().values().stream()
                    .sorted(Comparator.comparing(PartEntry::label, String.CASE_INSENSITIVE_ORDER))
                    .forEach(entry -> menu.add(partAction(entry)));
        }
    }

    /** The commands offered in context menus that apply to the current selection (are enabled), after a separator. */
    void addContextCommands(IMenuManager menu) {
        List<CommandContribution> contextual = window.commands().commands().stream()
                .filter(command -> command.inContextMenu() && command.isEnabled()).toList();
        if (!contextual.isEmpty()) {
            menu.add(new Separator());
            contextual.forEach(command -> menu.add(action(command)));
        }
    }

    private IAction action(CommandContribution command) {
        String keys = window.commands().keyText(command.id());
        Action action = new Action(command.label() + (keys.isEmpty() ? "" : "\t" + keys)) {
            @Override
            public void run() {
                window.runCommand(command.id());
            }
        };
        action.setId(command.id());
        action.setEnabled(command.isEnabled());
        return action;
    }

    private IAction partAction(PartEntry entry) {
        Action action = new Action(entry.label(), IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                if (window.parts().host(entry.id()) != null && !isChecked()) {
                    window.closePart(entry.id());
                } else {
                    window.showPart(entry.id());
                }
            }
        };
        action.setId(entry.id());
        action.setChecked(window.parts().host(entry.id()) != null);
        action.setImageDescriptor(entry.icon());
        return action;
    }

    private MenuManager perspectiveMenu() {
        MenuManager menu = new MenuManager(Messages.get("menu.perspectives"));
        for (PerspectiveDescriptor perspective : window.perspectives()) {
            Action action = new Action(perspective.label(), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    window.switchPerspective(perspective.id());
                }
            };
            action.setChecked(perspective.id().equals(window.activePerspective()));
            menu.add(action);
        }
        return menu;
    }
}
