package no.redthread.workbench.ui.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.CommandManager;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.contexts.ContextManager;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.BindingManager;
import org.eclipse.jface.bindings.Scheme;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeyBinding;
import org.eclipse.jface.bindings.keys.SWTKeySupport;
import org.eclipse.jface.bindings.keys.formatting.KeyFormatterFactory;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;

import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.ui.internal.Contribution;

/**
 * Command contributions as org.eclipse.core.commands commands with handlers, and their key
 * sequences as JFace key bindings in one scheme and context.
 */
public final class CommandService {

    static final String SCHEME = "no.redthread.scheme.default";
    static final String CONTEXT = "no.redthread.context.window";
    private static final String CATEGORY = "no.redthread.commands";

    private final CommandManager commandManager = new CommandManager();
    private final BindingManager bindingManager;
    private final Consumer<String> problems;
    private final Map<String, CommandContribution> commands = new LinkedHashMap<>();

    /** @param problems told of a contribution that cannot be used (bad key sequence, failed component) */
    public CommandService(Consumer<String> problems) {
        this.problems = problems;
        // show "Ctrl+Shift+T" as the platform writes it, not JFace's formal "CTRL+SHIFT+T"
        KeyFormatterFactory.setDefault(SWTKeySupport.getKeyFormatterForPlatform());
        ContextManager contextManager = new ContextManager();
        bindingManager = new BindingManager(contextManager, commandManager);
        contextManager.getContext(CONTEXT).define("Workbench window", null, null);
        contextManager.addActiveContext(CONTEXT);
        commandManager.getCategory(CATEGORY).define("Redthread", null);
        Scheme scheme = bindingManager.getScheme(SCHEME);
        scheme.define("Redthread", null, null);
        try {
            bindingManager.setActiveScheme(scheme);
        } catch (NotDefinedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the commands and bindings with those contributed now. */
    public void update(List<Contribution<CommandContribution>> contributions) {
        commands.keySet().forEach(id -> commandManager.getCommand(id).undefine());
        commands.clear();
        List<Binding> bindings = new ArrayList<>();
        for (Contribution<CommandContribution> contribution : contributions) {
            if (contribution.failed()) {
                problems.accept(contribution.bundle().getSymbolicName() + ": " + contribution.failure());
                continue;
            }
            CommandContribution command = contribution.service();
            try {
                define(command, bindings);
            } catch (RuntimeException | ParseException e) {
                problems.accept(contribution.bundle().getSymbolicName() + ": " + e.getMessage());
            }
        }
        bindingManager.setBindings(bindings.toArray(Binding[]::new));
    }

    public List<CommandContribution> commands() {
        return List.copyOf(commands.values());
    }

    public CommandContribution command(String id) {
        return commands.get(id);
    }

    /** Runs a command through its handler; false when it is unknown or disabled. */
    public boolean execute(String id) throws Exception {
        Command command = commandManager.getCommand(id);
        if (!command.isDefined() || !command.isEnabled()) {
            return false;
        }
        command.executeWithChecks(new ExecutionEvent(command, Map.of(), null, null));
        return true;
    }

    /** The key sequence of a command as the user reads it (e.g. "Ctrl+Z"), or "". */
    public String keyText(String id) {
        String text = bindingManager.getBestActiveBindingFormattedFor(id);
        return text == null ? "" : text;
    }

    /** The command bound to exactly this sequence, or null. */
    String commandFor(KeySequence sequence) {
        Binding binding = bindingManager.getPerfectMatch(sequence);
        return binding == null ? null : binding.getParameterizedCommand().getId();
    }

    boolean isPrefixOfBinding(KeySequence sequence) {
        return bindingManager.isPartialMatch(sequence);
    }

    private void define(CommandContribution contribution, List<Binding> bindings) throws ParseException {
        String id = contribution.id();
        Command command = commandManager.getCommand(id);
        command.define(contribution.label().replace("&", ""), null, commandManager.getCategory(CATEGORY));
        command.setHandler(new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                contribution.execute();
                return null;
            }

            @Override
            public boolean isEnabled() {
                return contribution.isEnabled();
            }
        });
        commands.put(id, contribution);
        String keys = contribution.keySequence();
        if (keys != null && !keys.isBlank()) {
            TriggerSequence sequence = KeySequence.getInstance(keys);
            bindings.add(new KeyBinding((KeySequence) sequence, new ParameterizedCommand(command, null), SCHEME, CONTEXT,
                    null, null, null, Binding.SYSTEM));
        }
    }
}
