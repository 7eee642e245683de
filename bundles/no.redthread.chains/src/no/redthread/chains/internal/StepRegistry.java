package no.redthread.chains.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainException;
import no.redthread.chains.ChainStep;
import no.redthread.chains.ChainSteps;
import no.redthread.chains.Kind;
import no.redthread.chains.StepParameter;

/** The installed steps, followed dynamically (a step leaves with its bundle), and the type check. */
@Component(service = ChainSteps.class)
public final class StepRegistry implements ChainSteps {

    private final Map<ChainStep, Boolean> steps = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStep(ChainStep step) {
        steps.put(step, Boolean.TRUE);
    }

    void removeStep(ChainStep step) {
        steps.remove(step);
    }

    @Override
    public List<ChainStep> steps() {
        return steps.keySet().stream().sorted(Comparator.comparing(ChainStep::id)).toList();
    }

    @Override
    public Optional<ChainStep> step(String id) {
        return steps.keySet().stream().filter(step -> step.id().equals(id)).findFirst();
    }

    @Override
    public List<ChainStep> check(Chain chain) throws ChainException {
        List<ChainStep> resolved = new ArrayList<>();
        Kind previous = Kind.WORKSPACE;
        String previousName = null;
        for (Chain.Step configured : chain.steps()) {
            ChainStep step = step(configured.step()).orElseThrow(() -> new ChainException(
                    "chain '" + chain.id() + "': step '" + configured.step() + "' is not installed"));
            for (String parameter : configured.parameters().keySet()) {
                if (step.parameters().stream().map(StepParameter::id).noneMatch(parameter::equals)) {
                    throw new ChainException("chain '" + chain.id() + "': step '" + step.id()
                            + "' has no parameter '" + parameter + "'");
                }
            }
            if (!step.input().accepts(previous)) {
                throw new ChainException(previousName == null
                        ? "chain '" + chain.id() + "': the first step '" + step.id() + "' takes " + step.input()
                                + ", but a chain starts with the workspace only"
                        : "chain '" + chain.id() + "': step '" + step.id() + "' takes " + step.input()
                                + ", but the step before it, '" + previousName + "', gives " + previous);
            }
            resolved.add(step);
            previous = step.output();
            previousName = step.id();
        }
        return resolved;
    }
}
