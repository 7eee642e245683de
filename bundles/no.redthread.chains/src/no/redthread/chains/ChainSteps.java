package no.redthread.chains;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The steps installed now (they come and go with their bundles), and the type check of a chain. An OSGi service. */
public interface ChainSteps {

    /** The installed steps, by id. */
    List<ChainStep> steps();

    Optional<ChainStep> step(String id);

    /**
     * Checks a chain against the installed steps: every step installed, every parameter declared, and each step's
     * input {@link Kind#accepts accepting} the previous step's output (the first step's input must be
     * {@link Kind#WORKSPACE} or {@link Kind#ANY}).
     *
     * @return the steps of the chain in order
     * @throws ChainException naming the chain, both steps and both kinds, or the missing step or parameter
     */
    List<ChainStep> check(Chain chain) throws ChainException;

    /** The parameters a step runs with: its defaults, overridden by the chain's values. */
    static Map<String, String> effectiveParameters(ChainStep step, Chain.Step configured) {
        Map<String, String> values = new java.util.TreeMap<>();
        step.parameters().forEach(parameter -> values.put(parameter.id(), parameter.defaultValue()));
        values.putAll(configured.parameters());
        return java.util.Collections.unmodifiableMap(values);
    }
}
