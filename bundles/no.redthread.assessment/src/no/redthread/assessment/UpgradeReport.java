package no.redthread.assessment;

import java.util.List;

/**
 * What moving an assessment to another version of its template did. No answer is ever removed.
 *
 * @param templateId the template
 * @param fromVersion the version before
 * @param toVersion the version now
 * @param orphaned the answers whose question the new version does not have, kept as orphaned answers
 * @param reattached the ids of orphaned answers whose question is back in the new version
 * @param offScale the ids of answered questions whose chosen option is not on the question's scale any more; the
 *            answers are kept and reported as issues until answered again
 * @param newQuestions the ids of questions of the new version that have no answer
 */
public record UpgradeReport(String templateId, String fromVersion, String toVersion, List<OrphanedAnswer> orphaned,
        List<String> reattached, List<String> offScale, List<String> newQuestions) {

    public UpgradeReport {
        orphaned = List.copyOf(orphaned);
        reattached = List.copyOf(reattached);
        offScale = List.copyOf(offScale);
        newQuestions = List.copyOf(newQuestions);
    }
}
