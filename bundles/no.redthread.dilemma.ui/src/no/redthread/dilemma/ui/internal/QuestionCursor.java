package no.redthread.dilemma.ui.internal;

import java.util.List;

/** Which of a scenario's discussion questions is on the projector; moves stop at the first and the last. */
final class QuestionCursor {

    private final List<String> questions;
    private int index;

    QuestionCursor(List<String> questions) {
        this.questions = List.copyOf(questions);
    }

    boolean isEmpty() {
        return questions.isEmpty();
    }

    int index() {
        return index;
    }

    int count() {
        return questions.size();
    }

    String current() {
        return questions.isEmpty() ? "" : questions.get(index);
    }

    void next() {
        index = Math.min(index + 1, Math.max(0, questions.size() - 1));
    }

    void previous() {
        index = Math.max(0, index - 1);
    }
}
