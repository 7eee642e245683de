package no.redthread.console.internal;

import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;

/**
 * {@code redthread:dilemma scenarios | analyse <matrix.csv>}: the dilemma-training scenarios for scripts, one
 * tab-separated line per scenario (id, title, real or drawn, number of facts), and the analysis of an interaction
 * matrix ({@link MatrixRanking}). A Gogo {@link Function}, so that one command takes the subcommand and its
 * arguments.
 */
@Component(service = Function.class, property = { "osgi.command.scope=redthread", "osgi.command.function=dilemma" })
public final class DilemmaConsole implements Function {

    private final ScenarioLibrary library;
    private final CatalogueService catalogue;

    @Activate
    public DilemmaConsole(@Reference ScenarioLibrary library, @Reference CatalogueService catalogue) {
        this.library = library;
        this.catalogue = catalogue;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
        return run(arguments.stream().map(String::valueOf).toList());
    }

    /** Runs a subcommand; the text to print. A matrix file that cannot be read throws naming file, row and column. */
    String run(List<String> arguments) throws Exception {
        if (arguments.size() == 1 && arguments.get(0).equals("scenarios")) {
            return scenarios();
        }
        if (arguments.size() == 2 && arguments.get(0).equals("analyse")) {
            return MatrixRanking.analyse(Path.of(arguments.get(1)), catalogue);
        }
        throw new IllegalArgumentException(ConsoleTexts.get("dilemma.usage"));
    }

    private String scenarios() {
        StringBuilder out = new StringBuilder();
        for (Scenario scenario : library.scenarios()) {
            out.append(scenario.id()).append('\t').append(scenario.title()).append('\t').append(scenario.kind().code())
                    .append('\t').append(scenario.facts().size()).append('\n');
        }
        library.problems().forEach(problem -> out.append(ConsoleTexts.get("dilemma.refused", problem)).append('\n'));
        return out.append(ConsoleTexts.get("dilemma.count", library.scenarios().size())).toString();
    }
}
