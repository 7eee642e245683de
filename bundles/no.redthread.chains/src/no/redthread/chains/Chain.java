package no.redthread.chains;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A saved, named sequence of steps with parameters.
 *
 * @param id a stable id, e.g. "baerekraftsjekk"
 * @param name the name users see
 * @param steps the steps in order
 */
public record Chain(String id, String name, List<Chain.Step> steps) {

    public Chain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
    }

    /**
     * One step of a chain.
     *
     * @param step the {@link ChainStep#id()}
     * @param parameters the values set (the others take their defaults), sorted by id
     */
    public record Step(String step, Map<String, String> parameters) {

        public Step {
            Objects.requireNonNull(step, "step");
            parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        }

        public Step(String step) {
            this(step, Map.of());
        }
    }
}
