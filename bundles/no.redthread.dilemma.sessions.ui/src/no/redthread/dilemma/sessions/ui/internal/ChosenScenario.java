package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.workbench.SelectionService;

/**
 * The scenario last chosen in the library, kept while the user clicks elsewhere (the session editor, the Explorer),
 * so <i>Ny økt</i> starts a session on the scenario the group is looking at (the library's first before any).
 */
@Component(service = ChosenScenario.class)
public final class ChosenScenario {

    private final ScenarioLibrary library;
    private final AutoCloseable listening;
    private volatile Scenario last;

    @Activate
    public ChosenScenario(@Reference SelectionService selection, @Reference ScenarioLibrary library) {
        this.library = library;
        listening = selection.addListener((part, chosen) -> remember(chosen));
        remember(selection.current());
    }

    private void remember(List<?> chosen) {
        if (chosen.size() == 1 && chosen.get(0) instanceof Scenario scenario) {
            last = scenario;
        }
    }

    /** The scenario a new session is on: the last chosen while the library still has it, else the first. */
    Optional<Scenario> forNewSession() {
        List<Scenario> all = library.scenarios();
        Scenario chosen = last;
        return chosen != null && all.contains(chosen) ? Optional.of(chosen) : all.stream().findFirst();
    }

    @Deactivate
    void deactivate() throws Exception {
        listening.close();
    }
}
