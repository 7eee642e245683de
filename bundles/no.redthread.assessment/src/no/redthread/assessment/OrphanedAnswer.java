package no.redthread.assessment;

import java.time.Instant;

/**
 * An answer to a question that the assessment's template version no longer has. It is kept in the assessment and
 * reported, never dropped.
 *
 * @param questionId the question's id
 * @param questionText the question's text when it was answered
 * @param dimensionId the dimension the question stood under
 * @param themeId the theme the question stood under
 * @param optionId the option chosen
 * @param justification the justification given; empty if none
 * @param answeredBy who answered; empty if unknown
 * @param answeredAt when; null if unknown
 */
public record OrphanedAnswer(String questionId, String questionText, String dimensionId, String themeId,
        String optionId, String justification, String answeredBy, Instant answeredAt) {
}
