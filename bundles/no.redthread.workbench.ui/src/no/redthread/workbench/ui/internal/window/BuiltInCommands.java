package no.redthread.workbench.ui.internal.window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.CommandContribution.MenuLocation;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.UndoContext;
import no.redthread.workbench.ui.PreferencePageContribution;
import no.redthread.workbench.ui.internal.Messages;
import no.redthread.workbench.ui.internal.PartEntry;
import no.redthread.workbench.ui.internal.commands.SimpleCommand;
import no.redthread.workbench.ui.internal.dialogs.AboutDialog;
import no.redthread.workbench.ui.FilteredListDialog;
import no.redthread.workbench.ui.FilteredListDialog.Item;

/**
 * The window's own commands. They are registered as services like any plugin's, so menus, key
 * bindings and quick access treat all commands the same way.
 */
final class BuiltInCommands {

    static final String UNDO = "no.redthread.workbench.undo";
    static final String REDO = "no.redthread.workbench.redo";
    static final String QUICK_ACCESS = "no.redthread.workbench.quickAccess";

    private BuiltInCommands() {
    }

    /** Registers the commands for this window; closing the result unregisters them. */
    static AutoCloseable register(WorkbenchWindow window, BundleContext context) {
        List<ServiceRegistration<CommandContribution>> registrations = new ArrayList<>();
        for (CommandContribution command : commands(window)) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("redthread.command.builtin", Boolean.TRUE);
            registrations.add(context.registerService(CommandContribution.class, command, properties));
        }
        return () -> registrations.forEach(ServiceRegistration::unregister);
    }

    private static List<CommandContribution> commands(WorkbenchWindow window) {
        return List.of(
                new SimpleCommand(MenuOrder.EXIT, Messages.get("command.exit"), MenuLocation.FILE, "M1+Q", window::close),
                new SimpleCommand(UNDO, () -> labelled("command.undo", window.activeUndoContext(), true), MenuLocation.EDIT, "M1+Z",
                        () -> window.activeUndoContext().undo(), () -> can(window.activeUndoContext(), true)),
                new SimpleCommand(REDO, () -> labelled("command.redo", window.activeUndoContext(), false), MenuLocation.EDIT, "M1+Y",
                        () -> window.activeUndoContext().redo(), () -> can(window.activeUndoContext(), false)),
                new SimpleCommand("no.redthread.workbench.showView", Messages.get("command.showView"), MenuLocation.VIEW, "M2+M3+Q",
                        () -> showViewDialog(window)),
                new SimpleCommand(QUICK_ACCESS, Messages.get("command.quickAccess"), MenuLocation.WINDOW, "M1+3",
                        () -> quickAccess(window)),
                new SimpleCommand("no.redthread.workbench.resetPerspective", Messages.get("command.resetPerspective"),
                        MenuLocation.WINDOW, null, window::resetPerspective),
                new SimpleCommand("no.redthread.workbench.preferences", Messages.get("command.preferences"), MenuLocation.WINDOW,
                        null, () -> preferences(window)),
                new SimpleCommand("no.redthread.workbench.about", Messages.get("command.about"), MenuLocation.HELP, null,
                        () -> AboutDialog.open(window.shell(), window.services().context())));
    }

    private static boolean can(UndoContext context, boolean undo) {
        return context != null && (undo ? context.canUndo() : context.canRedo());
    }

    private static String labelled(String key, UndoContext context, boolean undo) {
        String what = context == null ? "" : undo ? context.undoLabel() : context.redoLabel();
        return what == null || what.isBlank() ? Messages.get(key) : Messages.get(key + ".what", what);
    }

    private static void showViewDialog(WorkbenchWindow window) {
        List<Item> items = window.parts().available().values().stream()
                .map(entry -> new Item(entry.category(), entry.label(), "", () -> window.showPart(entry.id()))).toList();
        new FilteredListDialog(window.shell(), Messages.get("dialog.showView.title"), items).openAndRun();
    }

    private static void quickAccess(WorkbenchWindow window) {
        List<Item> items = new ArrayList<>();
        for (CommandContribution command : window.commands().commands()) {
            if (!command.id().equals(QUICK_ACCESS)) {
                items.add(new Item(Messages.get("quick.command"), command.label(), window.commands().keyText(command.id()),
                        () -> window.runCommand(command.id())));
            }
        }
        for (PartEntry entry : window.parts().available().values()) {
            items.add(new Item(Messages.get("quick.view"), entry.label(), entry.category(), () -> window.showPart(entry.id())));
        }
        for (PerspectiveDescriptor perspective : window.perspectives()) {
            items.add(new Item(Messages.get("quick.perspective"), perspective.label(), "",
                    () -> window.switchPerspective(perspective.id())));
        }
        new FilteredListDialog(window.shell(), Messages.get("dialog.quickAccess.title"), items).openAndRun();
    }

    private static void preferences(WorkbenchWindow window) {
        PreferenceManager manager = new PreferenceManager();
        window.services().contributions().preferencePages().stream()
                .sorted(Comparator.comparingInt(PreferencePageContribution::order))
                .forEach(page -> {
                    PreferenceNode node = new PreferenceNode(page.id(), page.createPage());
                    node.getPage().setTitle(page.label());
                    manager.addToRoot(node);
                });
        PreferenceDialog dialog = new PreferenceDialog(window.shell(), manager);
        dialog.create();
        dialog.getShell().setText(Messages.get("dialog.preferences.title"));
        dialog.open();
    }
}
