package no.redthread.dilemma.sessions.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;

/** A command named in the UI language for Undo/Redo: {@code key} and {@code key.description} of the messages. */
public final class Labelled {

    private Labelled() {
    }

    public static Command command(String key, Command command) {
        return new CommandWrapper(Texts.get(key), Texts.get(key + ".description"), command);
    }
}
