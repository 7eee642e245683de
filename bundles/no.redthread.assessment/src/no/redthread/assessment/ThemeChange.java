package no.redthread.assessment;

import java.util.OptionalDouble;

/**
 * How the score of one theme changed between two assessments of the same plan.
 *
 * @param themeId the theme
 * @param nameNb the theme's name
 * @param previousScore the score before; empty if the theme had no scored answers
 * @param currentScore the score now; empty if the theme has no scored answers
 */
public record ThemeChange(String themeId, String nameNb, OptionalDouble previousScore, OptionalDouble currentScore) {

    /** Current minus previous score; empty unless both are there. */
    public OptionalDouble delta() {
        return previousScore.isPresent() && currentScore.isPresent()
                ? OptionalDouble.of(currentScore.getAsDouble() - previousScore.getAsDouble())
                : OptionalDouble.empty();
    }
}
