package no.redthread.dilemma.report.internal;

import java.util.List;

/** Small helpers for text that may be missing in the model. */
final class Words {

    private Words() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** The non-blank texts joined with ", ". */
    static String list(List<String> texts) {
        return String.join(", ", texts.stream().map(Words::orEmpty).filter(text -> !text.isEmpty()).toList());
    }
}
