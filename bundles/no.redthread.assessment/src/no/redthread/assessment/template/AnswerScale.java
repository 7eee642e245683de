package no.redthread.assessment.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The options a question is answered with, in display order, e.g. ivaretatt / delvis ivaretatt / ikke ivaretatt /
 * ikke relevant / ikke vurdert.
 *
 * @param id stable id within its template, e.g. {@code "ivaretatt"}
 * @param labelNb a name for the scale, may be empty
 * @param options at least two options with distinct ids
 */
public record AnswerScale(String id, String labelNb, List<AnswerOption> options) {

    public AnswerScale {
        Objects.requireNonNull(id, "id");
        labelNb = labelNb == null ? "" : labelNb;
        options = List.copyOf(options);
    }

    /** The option with the given id. */
    public Optional<AnswerOption> option(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
    }
}
