package no.redthread.dilemma.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.packs.PackContribution;
import no.redthread.workbench.packs.PackProblem;

/** The scenario library's content packs as the Plugins view and {@code redthread:plugins} list them. */
@Component(service = ContentPackReport.class)
public final class ScenarioPackReport implements ContentPackReport {

    private final ScenarioLibrary library;

    @Activate
    public ScenarioPackReport(@Reference ScenarioLibrary library) {
        this.library = library;
    }

    @Override
    public String kind() {
        return SCENARIOS;
    }

    @Override
    public String header() {
        return ScenarioLibrary.MANIFEST_HEADER;
    }

    /** Per bundle the scenarios in the library that came from it (the winning version of each id). */
    @Override
    public List<PackContribution> contributions() {
        Map<String, List<String>> byOrigin = library.scenarios().stream().collect(Collectors.groupingBy(
                Scenario::origin, TreeMap::new, Collectors.mapping(Scenario::title, Collectors.toList())));
        return byOrigin.entrySet().stream()
                .map(entry -> new PackContribution(entry.getKey(), SCENARIOS, entry.getValue())).toList();
    }

    @Override
    public List<PackProblem> problems() {
        return library.problems().stream().map(problem -> new PackProblem(problem.bundle(), SCENARIOS,
                problem.file(), problem.line(), problem.column(), problem.field(), problem.message())).toList();
    }
}
