package no.redthread.chains;

import java.util.Objects;

/**
 * A parameter of a step. Values are strings (as they are stored in a chain's JSON); a chain that does not set a
 * parameter gets its default.
 *
 * @param id the parameter's id, e.g. "limit"
 * @param defaultValue the value when the chain does not set one
 * @param description what it does
 */
public record StepParameter(String id, String defaultValue, Texts description) {

    public StepParameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }
}
