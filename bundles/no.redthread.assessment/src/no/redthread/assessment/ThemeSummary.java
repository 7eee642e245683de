package no.redthread.assessment;

import java.util.OptionalDouble;

/**
 * The answers of one theme.
 *
 * @param dimensionId the theme's dimension
 * @param themeId the theme, e.g. "theme-housing"
 * @param nameNb the theme's name (the template's, else the catalogue's)
 * @param completion how much of the theme is answered
 * @param score the mean score of its scored answers (1 fulfilled or neutral, 0.5 partly, 0 not fulfilled); empty
 *            when no answer has a score
 * @param positives answers with direction +1
 * @param negatives answers with direction -1
 * @param gaps answers that are gaps (not fulfilled or partly)
 */
public record ThemeSummary(String dimensionId, String themeId, String nameNb, Completion completion,
        OptionalDouble score, int positives, int negatives, int gaps) {

    /** Positives minus negatives: above 0 the answers pull the theme forward, below 0 back. */
    public int balance() {
        return positives - negatives;
    }
}
