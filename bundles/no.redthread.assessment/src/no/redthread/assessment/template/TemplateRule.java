package no.redthread.assessment.template;

import java.util.List;
import java.util.Objects;

/**
 * A rule of thumb (kjøreregel) of a worksheet and its questions.
 *
 * @param id the rule's id; a catalogue rule id such as {@code "rule-housing-2"}, or the template's own
 * @param textNb the rule's text; empty when the id is a catalogue rule, whose text the catalogue gives
 * @param questions at least one question
 */
public record TemplateRule(String id, String textNb, List<Question> questions) {

    public TemplateRule {
        Objects.requireNonNull(id, "id");
        textNb = textNb == null ? "" : textNb;
        questions = List.copyOf(questions);
    }
}
