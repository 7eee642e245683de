package no.redthread.workbench.ui.internal.commands;

import java.util.function.Consumer;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.bindings.keys.SWTKeySupport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Turns key presses in the workbench window into commands, including multi-stroke sequences.
 * JFace keeps the bindings; the dispatcher that Eclipse has in its workbench is this class here.
 */
public final class KeyDispatcher implements Listener {

    private final Shell shell;
    private final CommandService commands;
    private final Consumer<String> run;
    private KeySequence pending = KeySequence.getInstance();

    /** @param run executes a command id (and reports failures) */
    public KeyDispatcher(Shell shell, CommandService commands, Consumer<String> run) {
        this.shell = shell;
        this.commands = commands;
        this.run = run;
    }

    public void install() {
        shell.getDisplay().addFilter(SWT.KeyDown, this);
        shell.addDisposeListener(e -> shell.getDisplay().removeFilter(SWT.KeyDown, this));
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.widget instanceof Control control) || control.getShell() != shell || isModifierOnly(event)) {
            return;
        }
        KeyStroke stroke = SWTKeySupport.convertAcceleratorToKeyStroke(SWTKeySupport.convertEventToUnmodifiedAccelerator(event));
        KeySequence sequence = KeySequence.getInstance(pending, stroke);
        String commandId = commands.commandFor(sequence);
        if (commandId != null) {
            pending = KeySequence.getInstance();
            event.doit = false;
            event.type = SWT.None;
            run.accept(commandId);
        } else if (commands.isPrefixOfBinding(sequence)) {
            pending = sequence;
            event.doit = false;
            event.type = SWT.None;
        } else {
            pending = KeySequence.getInstance();
        }
    }

    private static boolean isModifierOnly(Event event) {
        return (event.keyCode & SWT.MODIFIER_MASK) != 0 && event.keyCode == (event.keyCode & SWT.MODIFIER_MASK);
    }
}
