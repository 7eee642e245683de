package no.redthread.workbench.ui.internal.commands;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import no.redthread.workbench.CommandContribution;

/** A command made of lambdas, for the workbench's own commands. */
public record SimpleCommand(String id, Supplier<String> labelText, MenuLocation menu, String keySequence,
        Runnable action, BooleanSupplier enabled) implements CommandContribution {

    public SimpleCommand(String id, String label, MenuLocation menu, String keySequence, Runnable action) {
        this(id, () -> label, menu, keySequence, action, () -> true);
    }

    @Override
    public String label() {
        return labelText.get();
    }

    @Override
    public boolean isEnabled() {
        return enabled.getAsBoolean();
    }

    @Override
    public void execute() {
        action.run();
    }
}
