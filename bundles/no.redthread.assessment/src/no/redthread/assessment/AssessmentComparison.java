package no.redthread.assessment;

import java.util.List;

/**
 * Two assessments of the same plan or case compared, e.g. of the previous and the current revision. Questions are
 * matched by their stable ids, so the two may use different versions of the template.
 *
 * @param previous the summary of the earlier assessment
 * @param current the summary of the later assessment
 * @param changes the questions whose answer changed, in the current template's order, then the rest
 * @param themes the themes of either summary whose score changed or appeared or disappeared
 * @param closedGaps gaps of the earlier assessment whose question is no gap now
 * @param newGaps gaps of the later assessment whose question was no gap before
 */
public record AssessmentComparison(AssessmentSummary previous, AssessmentSummary current, List<AnswerChange> changes,
        List<ThemeChange> themes, List<Gap> closedGaps, List<Gap> newGaps) {

    public AssessmentComparison {
        changes = List.copyOf(changes);
        themes = List.copyOf(themes);
        closedGaps = List.copyOf(closedGaps);
        newGaps = List.copyOf(newGaps);
    }
}
