package no.redthread.assessment;

import no.redthread.assessment.template.AnswerMeaning;

/**
 * An answer that shows a gap: not taken care of ("ikke ivaretatt", or a negative effect), or partly ("delvis
 * ivaretatt", or an uncertain effect), with the justification given for it.
 *
 * @param dimensionId the question's dimension
 * @param themeId the question's theme
 * @param ruleId the question's rule of thumb
 * @param questionId the question
 * @param questionText the question's text
 * @param optionId the option chosen
 * @param optionLabel the option's label
 * @param meaning {@link AnswerMeaning#NOT_FULFILLED} or {@link AnswerMeaning#PARTLY}
 * @param justification the justification given; empty if none
 */
public record Gap(String dimensionId, String themeId, String ruleId, String questionId, String questionText,
        String optionId, String optionLabel, AnswerMeaning meaning, String justification) {
}
