package no.redthread.dilemma.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionCursorTest {

    @Test
    void movesBetweenTheQuestionsAndStopsAtBothEnds() {
        QuestionCursor cursor = new QuestionCursor(List.of("a", "b", "c"));
        cursor.previous();
        assertEquals("a", cursor.current());
        cursor.next();
        cursor.next();
        cursor.next();
        assertEquals("c", cursor.current());
        assertEquals(2, cursor.index());
        cursor.previous();
        assertEquals("b", cursor.current());
    }

    @Test
    void noQuestionsIsEmptyText() {
        QuestionCursor cursor = new QuestionCursor(List.of());
        cursor.next();
        assertTrue(cursor.isEmpty());
        assertEquals("", cursor.current());
        assertEquals(0, cursor.index());
    }
}
