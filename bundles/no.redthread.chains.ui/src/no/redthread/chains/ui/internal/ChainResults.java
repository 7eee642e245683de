package no.redthread.chains.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;

import no.redthread.chains.ChainOutcome;

/**
 * The last run of the chain editor, which the results part shows (also when it opens after the run). Listeners are
 * called on the thread that publishes: the UI thread.
 */
@Component(service = ChainResults.class)
public final class ChainResults {

    /** A finished run: the chain's name, how it ended and the name of the step it stopped at (else empty). */
    record Run(String chainName, ChainOutcome outcome, String stoppedAt) {
    }

    private final List<Consumer<Run>> listeners = new CopyOnWriteArrayList<>();
    private volatile Run last;

    void publish(Run run) {
        last = run;
        listeners.forEach(listener -> listener.accept(run));
    }

    Run last() {
        return last;
    }

    /** @return removes the listener */
    Runnable listen(Consumer<Run> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
