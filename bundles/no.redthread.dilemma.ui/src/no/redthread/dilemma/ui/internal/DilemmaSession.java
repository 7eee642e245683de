package no.redthread.dilemma.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;

import no.redthread.dilemma.Scenario;

/**
 * The scenario the <i>Dilemma</i> views share: the library chooses it, the scenario part shows it and
 * <i>Presenter</i> puts it on the projector. Kept here rather than read from the workbench selection, so clicking
 * elsewhere (the Explorer, the matrix) does not change what the group is discussing. Listeners are called on the
 * caller's thread (the UI thread). No SWT here.
 */
@Component(service = DilemmaSession.class)
public final class DilemmaSession {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Scenario current;

    Optional<Scenario> current() {
        return Optional.ofNullable(current);
    }

    void show(Scenario scenario) {
        if (scenario != current) {
            current = scenario;
            listeners.forEach(Runnable::run);
        }
    }

    /** Adds a listener; returns what removes it. */
    Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
