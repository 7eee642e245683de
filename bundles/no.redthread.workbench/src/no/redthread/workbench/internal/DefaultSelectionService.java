package no.redthread.workbench.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.SelectionService;

@Component(service = SelectionService.class)
public final class DefaultSelectionService implements SelectionService {

    private final List<BiConsumer<String, List<?>>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<?> current = List.of();
    private volatile String source;

    @Override
    public void publish(String partId, List<?> selection) {
        List<?> copy = selection == null ? List.of() : List.copyOf(selection);
        current = copy;
        source = partId;
        for (BiConsumer<String, List<?>> listener : listeners) {
            listener.accept(partId, copy);
        }
    }

    @Override
    public List<?> current() {
        return current;
    }

    @Override
    public String currentSource() {
        return source;
    }

    @Override
    public AutoCloseable addListener(BiConsumer<String, List<?>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
