package no.redthread.workbench.ui.internal.window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.redthread.workbench.CommandContribution;

/**
 * The order of a menu's commands, the same at every start (the services register in no fixed order): the
 * workbench's and the workspace's own first, as they register; then the modules' by label; Exit last. A null in the
 * list is where a separator goes, between groups.
 */
final class MenuOrder {

    static final String EXIT = "no.redthread.workbench.exit";

    private MenuOrder() {
    }

    static List<CommandContribution> of(List<CommandContribution> commands) {
        List<CommandContribution> sorted = commands.stream().sorted(Comparator.comparingInt(MenuOrder::group)
                .thenComparing(c -> group(c) == 1 ? c.label().replace("&", "") : "", String.CASE_INSENSITIVE_ORDER)).toList();
        List<CommandContribution> withSeparators = new ArrayList<>();
        for (CommandContribution command : sorted) {
            if (!withSeparators.isEmpty() && group(withSeparators.get(withSeparators.size() - 1)) != group(command)) {
                withSeparators.add(null);
            }
            withSeparators.add(command);
        }
        return withSeparators;
    }

    private static int group(CommandContribution command) {
        if (command.id().equals(EXIT)) {
            return 2;
        }
        return command.id().startsWith("no.redthread.workbench.") || command.id().startsWith("no.redthread.workspace.") ? 0 : 1;
    }
}
