package no.redthread.assessment;

import java.util.List;

/**
 * A theme whose answers pull in opposite directions: some with direction +1, some with -1. A candidate goal
 * conflict (målkonflikt) for people to look at, not a verdict.
 *
 * @param dimensionId the theme's dimension
 * @param themeId the theme
 * @param nameNb the theme's name
 * @param positiveQuestionIds the questions answered with direction +1
 * @param negativeQuestionIds the questions answered with direction -1
 */
public record ConflictCandidate(String dimensionId, String themeId, String nameNb, List<String> positiveQuestionIds,
        List<String> negativeQuestionIds) {

    public ConflictCandidate {
        positiveQuestionIds = List.copyOf(positiveQuestionIds);
        negativeQuestionIds = List.copyOf(negativeQuestionIds);
    }
}
