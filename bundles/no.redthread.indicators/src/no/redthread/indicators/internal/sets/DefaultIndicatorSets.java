package no.redthread.indicators.internal.sets;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.indicators.IndicatorSetProvider;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.model.IndicatorSet;

/** Tracks the registered {@link IndicatorSetProvider}s live (content packs come and go). */
@Component(service = IndicatorSets.class)
public final class DefaultIndicatorSets implements IndicatorSets {

    private final List<IndicatorSetProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public DefaultIndicatorSets() {
        // providers arrive through add() as they are registered
    }

    @Reference(name = "providers", unbind = "remove", cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void add(IndicatorSetProvider provider) {
        providers.add(provider);
    }

    void remove(IndicatorSetProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<IndicatorSetProvider> providers() {
        return providers.stream().sorted(Comparator.comparing(IndicatorSetProvider::id)).toList();
    }

    @Override
    public Optional<IndicatorSet> createSet(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst().map(IndicatorSetProvider::createSet);
    }
}
