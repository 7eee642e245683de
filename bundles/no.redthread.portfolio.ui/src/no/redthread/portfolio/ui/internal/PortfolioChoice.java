package no.redthread.portfolio.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;

/**
 * Which portfolio the view shows, shared by the view and File → Ny portefølje (which shows the one it created).
 * Listeners are called on the thread that chooses (the UI thread).
 */
@Component(service = PortfolioChoice.class)
public final class PortfolioChoice {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile String chosen;

    public Optional<String> chosen() {
        return Optional.ofNullable(chosen);
    }

    public void choose(String name) {
        chosen = name;
        listeners.forEach(listener -> listener.accept(name));
    }

    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<String> listener) {
        listeners.remove(listener);
    }
}
