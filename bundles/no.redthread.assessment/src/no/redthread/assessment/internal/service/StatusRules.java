package no.redthread.assessment.internal.service;

import java.util.List;
import java.util.stream.Collectors;

import no.redthread.assessment.AnswerIssue;
import no.redthread.assessment.model.AssessmentStatus;

/** Which status changes are allowed: complete (without open issues), approve a completed one, reopen. */
final class StatusRules {

    private StatusRules() {
    }

    /** Fails with the reason if the change is not allowed; {@code issues} are the assessment's current issues. */
    static void check(AssessmentStatus from, AssessmentStatus to, List<AnswerIssue> issues) {
        if (from == to) {
            return;
        }
        switch (to) {
            case IN_PROGRESS -> {
                // reopening is always allowed
            }
            case COMPLETED -> {
                require(from == AssessmentStatus.IN_PROGRESS, from, to);
                List<AnswerIssue> open = issues.stream().filter(issue -> issue.kind() != AnswerIssue.Kind.ORPHANED)
                        .toList();
                if (!open.isEmpty()) {
                    throw new IllegalStateException("cannot complete: " + open.size() + " open issue(s): "
                            + open.stream().map(issue -> issue.questionId() + " " + issue.message())
                                    .collect(Collectors.joining("; ")));
                }
            }
            case APPROVED -> require(from == AssessmentStatus.COMPLETED, from, to);
        }
    }

    private static void require(boolean allowed, AssessmentStatus from, AssessmentStatus to) {
        if (!allowed) {
            throw new IllegalStateException("an assessment cannot go from " + from + " to " + to);
        }
    }
}
