package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;

import no.redthread.dilemma.sessions.model.Session;

/**
 * The session the editor shows, shared so that <i>Start dilemmatrening</i> can hand a new session to an open
 * (or not yet open) <i>Dilemmaøkt</i> part.
 */
@Component(service = ChosenSession.class)
public final class ChosenSession {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Session session;

    public Session get() {
        return session;
    }

    public void choose(Session chosen) {
        session = chosen;
        listeners.forEach(Runnable::run);
    }

    /** Calls back on every choice; returns what removes the listener. */
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
