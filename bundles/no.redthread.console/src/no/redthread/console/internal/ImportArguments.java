package no.redthread.console.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * The arguments of {@code redthread:import-indicators <file> --workspace <folder> [--indicator CODE]
 * [--skip-unknown]}.
 *
 * @param indicator the code or id of the target indicator, or null for a new indicator named after the content
 */
record ImportArguments(Path file, Path workspace, String indicator, boolean skipUnknown) {

    /** @throws IllegalArgumentException with the usage when the arguments are not those of the command */
    static ImportArguments parse(List<?> arguments) {
        Path file = null;
        Path workspace = null;
        String indicator = null;
        boolean skip = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = String.valueOf(arguments.get(i));
            switch (argument) {
                case "--workspace" -> workspace = Path.of(value(arguments, ++i));
                case "--indicator" -> indicator = value(arguments, ++i);
                case "--skip-unknown" -> skip = true;
                default -> {
                    if (argument.startsWith("--") || file != null) {
                        throw usage();
                    }
                    file = Path.of(argument);
                }
            }
        }
        if (file == null || workspace == null) {
            throw usage();
        }
        return new ImportArguments(file, workspace, indicator, skip);
    }

    private static String value(List<?> arguments, int at) {
        if (at >= arguments.size()) {
            throw usage();
        }
        return String.valueOf(arguments.get(at));
    }

    private static IllegalArgumentException usage() {
        return new IllegalArgumentException(ConsoleTexts.get("import.usage"));
    }
}
