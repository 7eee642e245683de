package no.redthread.dilemma.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import no.redthread.dilemma.matrix.InteractionScale;
import no.redthread.dilemma.matrix.ScaleLevel;

class InteractionScaleTest {

    private final InteractionScale scale = InteractionScale.nilsson2016();

    @Test
    void hasSevenLevelsFromIndivisibleToCancelling() {
        assertEquals(List.of(3, 2, 1, 0, -1, -2, -3), scale.levels().stream().map(ScaleLevel::score).toList());
        assertEquals("Indivisible", scale.level(3).nameEn());
        assertEquals("Cancelling", scale.level(-3).nameEn());
        assertEquals("Makes it impossible to reach another goal.", scale.level(-3).definition(Locale.ENGLISH));
    }

    @Test
    void namesAndDefinesEveryLevelInBokmaalForNorwegianLocales() {
        assertEquals("Motvirkende", scale.level(-2).name(Locale.forLanguageTag("nb")));
        assertEquals("Motvirkende", scale.level(-2).name(Locale.forLanguageTag("nn")));
        assertEquals("Counteracting", scale.level(-2).name(Locale.GERMAN));
        for (ScaleLevel level : scale.levels()) {
            assertFalse(level.definitionNb().isBlank() || level.definitionEn().isBlank() || level.exampleEn().isBlank(),
                    "level " + level.score());
            assertFalse(level.nameNb().equals(level.nameEn()), "level " + level.score() + " has a bokmål name");
        }
        assertThrows(IllegalArgumentException.class, () -> scale.level(4));
    }
}
