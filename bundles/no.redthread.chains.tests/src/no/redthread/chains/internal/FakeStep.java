package no.redthread.chains.internal;

import java.util.List;
import java.util.Map;

import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepParameter;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;

/** A step for tests: its kinds, parameters and behaviour given by the test. */
record FakeStep(String id, Kind input, Kind output, List<StepParameter> parameters, boolean changesModel,
        Behaviour behaviour) implements ChainStep {

    interface Behaviour {
        StepResult run(StepInput input, Map<String, String> parameters, StepContext context) throws Exception;
    }

    static FakeStep of(String id, Kind input, Kind output, Behaviour behaviour) {
        return new FakeStep(id, input, output, List.of(), false, behaviour);
    }

    @Override
    public Texts name() {
        return new Texts(id + " (nb)", id + " (nn)", id);
    }

    @Override
    public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) throws Exception {
        return behaviour.run(input, parameters, context);
    }
}
