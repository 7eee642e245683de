package no.redthread.assessment.template;

import java.util.Objects;

/**
 * One choice of an answer scale, e.g. "Delvis ivaretatt".
 *
 * @param id stable id within its scale, e.g. {@code "delvis-ivaretatt"}; answers store it
 * @param labelNb the label shown in the drop-down list
 * @param meaning what the option means for the summary
 * @param direction +1 if the answer pulls the theme forward, -1 if it pulls it back, 0 otherwise; themes with
 *            answers of both signs are candidate goal conflicts
 * @param justificationRequired whether choosing this option needs a justification, unless a question says otherwise
 */
public record AnswerOption(String id, String labelNb, AnswerMeaning meaning, int direction,
        boolean justificationRequired) {

    public AnswerOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelNb, "labelNb");
        Objects.requireNonNull(meaning, "meaning");
        if (direction < -1 || direction > 1) {
            throw new IllegalArgumentException("direction must be -1, 0 or 1: " + direction);
        }
    }
}
